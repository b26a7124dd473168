"""The worker processes of a batch, started early: :func:`start_early`.

A batch of several inputs is checked in worker processes forked from a server process that has
imported the checker once (:func:`context`, ``forkserver`` on Linux; :mod:`importer.warm`). That
server takes about 0.45 s to import and load what a check needs. :func:`start_early` starts it
as soon as the command knows a batch is coming, before this process imports the pipeline
itself, so the two imports run side by side on two cores instead of one after the other.

Standard library only: this module is imported before polars loads.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Final

#: What the server process imports before it forks a worker.
PRELOAD: Final = ["importer.batch", "importer.warm"]

#: polars reads its thread count once, when it is imported.
POLARS_THREADS: Final = "POLARS_MAX_THREADS"


def default_jobs() -> int:
    """The CPU cores this process may use (``--jobs``' default)."""
    affinity = getattr(os, "sched_getaffinity", None)
    return max(1, len(affinity(0)) if affinity is not None else (os.cpu_count() or 1))


def context() -> Any:
    """How worker processes start: from a server process that has imported the checker once and
    loaded what a check loads on first use (``forkserver``, Linux: :mod:`importer.warm`), else as
    fresh interpreters (``spawn``, Windows and macOS).

    Not ``fork``: forking a process whose polars thread pool is running can deadlock.
    The server is started here when it is not running yet (in the environment of the caller's
    :func:`polars_threads`). It listens on a socket in the temporary folder, and such a path
    has at most 107 bytes: under a longer ``TMPDIR`` its folder is made in ``/tmp``
    (:func:`_short_socket_folder`); where that cannot be either, the workers start afresh.
    """
    global _SERVER
    if _SERVER is not None:
        # running: not again through the block below, where a Ctrl-C to this process was lost
        # once other threads ran (polars'): one of them took it while it was ignored
        return _SERVER
    if "forkserver" in multiprocessing.get_all_start_methods():
        from multiprocessing import forkserver, resource_tracker

        server = multiprocessing.get_context("forkserver")
        server.set_forkserver_preload(PRELOAD)
        try:
            # A stop while the server starts is taken once it has: a SIGTERM between Python's
            # making a file or folder in the temporary folder (its probe of the folder, the
            # server's socket folder) and noting it for removal left it behind (1 in 20 SIGTERMs
            # as the resource tracker had just started).
            with stops_deferred():
                # multiprocessing starts its resource tracker with the server, and starting it
                # unblocks Ctrl-C in this process: started first, it is not started inside the
                # block. It ignores Ctrl-C and SIGTERM itself, not SIGHUP (the terminal closed):
                # killed by it, a new one was started, which ended with a traceback per
                # semaphore it had not known of. Ignoring SIGHUP, it ends when the run's last
                # process does.
                with _interrupt_kept_from_children("SIGHUP"):
                    resource_tracker.ensure_running()
                with _interrupt_kept_from_children(), _short_socket_folder():
                    forkserver.ensure_running()
        except OSError:  # "AF_UNIX path too long"
            return multiprocessing.get_context("spawn")
        _SERVER = server
        return server
    return multiprocessing.get_context("spawn")


#: The longest temporary folder a socket path of multiprocessing fits under (107 bytes in all:
#: the folder, "/pymp-" and 8 characters, "/listener-" and 8 more).
_SOCKET_FOLDER_MAX: Final = 70


@contextlib.contextmanager
def _short_socket_folder() -> Iterator[None]:
    """multiprocessing's temporary folder, where the worker server's socket goes, made in
    ``/tmp`` (or ``/var/tmp``, ``/dev/shm``) while a longer ``TMPDIR`` is in force: the workers
    then started as fresh interpreters, each importing the checker, and a Ctrl-C meanwhile
    printed the traceback of every import it stopped. Only the folder's place changes."""
    import tempfile

    if len(os.fsencode(tempfile.gettempdir())) <= _SOCKET_FOLDER_MAX:
        yield
        return
    short = next(
        (
            folder
            for folder in ("/tmp", "/var/tmp", "/dev/shm")
            if Path(folder).is_dir() and os.access(folder, os.W_OK | os.X_OK)
        ),
        None,
    )
    saved = tempfile.tempdir
    if short is not None:
        tempfile.tempdir = short
    try:
        yield
    finally:
        tempfile.tempdir = saved


#: The worker server's context once :func:`context` has started it.
_SERVER: Any = None


@contextlib.contextmanager
def _interrupt_kept_from_children(name: str = "SIGINT") -> Iterator[None]:
    """Start processes with Ctrl-C (or the signal ``name``) ignored and blocked (both outlast
    ``exec``) while this process keeps it: blocked here meanwhile, the signal waits and arrives
    when the block ends (a blocked signal is kept even while ignored; ignored alone, it was lost
    and the run went on to exit 0).

    Ctrl-C goes to every process of the terminal: the server, still importing the checker, died
    with a traceback of its own beside the command's message (the hostile round on environments).
    The server unblocks Ctrl-C once it has loaded (:func:`take_interrupts`); its workers take it
    once started (``importer.batch``'s initializer), so that they stop on it as the command does.
    """
    number = getattr(signal, name, None)
    if not hasattr(signal, "pthread_sigmask") or number is None:
        yield
        return
    try:
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {number})
        previous = signal.signal(number, signal.SIG_IGN)
    except ValueError:  # not the main thread: nothing set, nothing to restore
        yield
        return
    try:
        yield
    finally:
        signal.signal(number, previous)
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


@contextlib.contextmanager
def stops_deferred(before_raise: Callable[[], object] | None = None) -> Iterator[None]:
    """Ctrl-C, SIGTERM and SIGHUP noted while the block runs and raised when it ends, by the
    handlers in place (KeyboardInterrupt, :class:`importer.console.Terminated`), after
    ``before_raise`` has been called.

    For starting a batch's workers: a Ctrl-C that stopped the pool between starting a worker and
    recording it left that worker unknown to the pool, never told to stop; it kept the worker
    server and the resource tracker alive after the command had ended (and a caller's pipe
    open: ``check folder | cat`` hung). Signals a handler of Python's does not take (ignored,
    default) are left as they are; outside the main thread nothing is changed.
    """
    noted: list[tuple[int, Any]] = []
    handlers: dict[int, Any] = {}
    try:
        for name in ("SIGINT", "SIGTERM", "SIGHUP"):
            number = getattr(signal, name, None)
            handler = signal.getsignal(number) if number is not None else None
            if number is not None and callable(handler):
                handlers[number] = signal.signal(number, lambda signum, frame: noted.append((signum, frame)))
    except ValueError:  # not the main thread
        pass
    try:
        yield
    finally:
        for number, handler in handlers.items():
            signal.signal(number, handler)
        if noted:
            signum, frame = noted[0]
            if before_raise is not None:
                before_raise()
            handlers[signum](signum, frame)


def take_interrupts() -> None:
    """In the worker server, once it has loaded: Ctrl-C unblocked, and still ignored, for the
    workers it forks too; each worker takes it once it has started (``importer.batch``'s
    initializer), as the command says. A worker forked just after a Ctrl-C, taking it as Python
    does by default, died of the one forwarded to it with a traceback while it still started. A
    Ctrl-C pressed while the server loaded is dropped. Changes nothing in a process that started
    with Ctrl-C as usual."""
    if not hasattr(signal, "pthread_sigmask") or signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:
        return
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def quiet_ended_starts() -> None:
    """In the worker server: a worker forked just as the command ends (Ctrl-C, SIGTERM) finds its
    pool's lock gone, and its start failed with a traceback beside the command's own message
    (the hostile round on environments). Such a start failure (an ``OSError`` or ``EOFError``
    while multiprocessing unpacks the worker) is not shown: the command reports how it ended.
    Every other error is shown as before."""
    shown = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, (OSError, EOFError)) and _while_starting(trace):
            return
        shown(kind, error, trace)

    sys.excepthook = hook


def _while_starting(trace: TracebackType | None) -> bool:
    """True when ``trace`` passes through multiprocessing's start of a worker (``spawn._main``)."""
    return any(
        frame.f_code.co_name == "_main" and frame.f_code.co_filename.endswith("spawn.py")
        for frame, _ in traceback.walk_tb(trace)
    )


def threads_per_worker(workers: int) -> int:
    """polars threads for each of ``workers`` processes: the cores shared out, at least one."""
    return max(1, default_jobs() // max(1, workers))


@contextlib.contextmanager
def polars_threads(threads: int) -> Iterator[None]:
    """Start processes with ``threads`` polars threads each, unless the user chose a number.

    polars runs a thread per core in every process: two workers on two cores ran four threads
    that took turns (a batch of 10 × 1 MB 5 % slower than with a thread per worker). The worker
    processes (and the server that forks them) take the variable from this process's
    environment when they start; this process's own polars keeps its setting.
    """
    if POLARS_THREADS in os.environ:
        yield
        return
    os.environ[POLARS_THREADS] = str(threads)
    try:
        yield
    finally:
        os.environ.pop(POLARS_THREADS, None)


def start_early(paths: Sequence[Path], jobs: int | None) -> None:
    """Start the server that forks the workers now, when ``paths`` with ``jobs`` make a batch.

    A batch: more than one path, or a folder, and more than one job. Standard input is read
    by this process only, so a run with ``-`` starts no server. Starting it is all this does:
    :func:`importer.batch.check_all` later uses the running server (or none, when the folder
    held a single input; the server then ends with this process, unused).
    """
    workers = jobs or default_jobs()
    if workers <= 1 or any(str(path) == "-" for path in paths):
        return
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return  # spawn starts each worker afresh: nothing to start ahead
    try:
        folder = any(path.is_dir() for path in paths)
    except OSError:
        return  # the planning says what is wrong with the path
    if len(paths) < 2 and not folder:
        return
    expected = workers if folder else min(workers, len(paths))
    with polars_threads(threads_per_worker(expected)):
        context()
