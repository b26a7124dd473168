"""Checking the inputs of one ``check`` run, several at once: :func:`check_all`.

Each input is checked by :func:`importer.pipeline.check_file` as before, in a worker process of
its own when the run has several inputs and ``--jobs`` allows more than one (a process per CPU
core by default): polars uses the cores within one file only for parts of the work, and Python
code runs on one core, so separate processes are what makes a batch of files faster. Every
input's outputs are still written all or nothing by its own process; the folder lock and
manifest of :mod:`importer.fileio` serialise the processes that write into one folder.

What comes back from a worker is an :class:`Outcome`: the summary text, the ``index.html`` line
and, with ``--json``, the report; never the whole result with its tables.
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import sys
import traceback
from collections.abc import Generator, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from importer import pipeline
from importer.environment import environment_error
from importer.errors import ImporterError, WorkersLostError
from importer.exitcodes import ExitCode
from importer.fileio import LOCK_TIMEOUT, LOCK_WAIT_NOTICES
from importer.index import result_entry
from importer.messages import language, msg
from importer.outputs import OutputNames
from importer.report import build_report, failure_report, not_checked_report
from importer.result import CheckOptions
from importer.summary import render_summary
from importer.workers import context, polars_threads, stops_deferred, threads_per_worker


@dataclass(frozen=True)
class Outcome:
    """What the command needs of one input's check, small enough to pass between processes."""

    path: Path
    exit_code: ExitCode
    #: ``ready``, ``attention``, ``unusable`` or ``error`` (could not be checked for another reason).
    verdict: str
    #: Data rows read (0 for an input that could not be checked).
    rows: int
    #: The input's line in ``index.html`` (:func:`importer.index.index_entry`).
    entry: dict[str, Any] = field(default_factory=dict)
    #: The summary printed for a person (none with ``--json`` or for a failed input).
    summary: str | None = None
    #: The JSON report, or the stand-in report of a failed input (``--json`` only).
    report: dict[str, Any] | None = None
    #: Why the input could not be checked: the line printed after ``Fehler:``.
    message: str | None = None
    #: The traceback of a bug (``--debug`` only).
    trace: str | None = None


def _say_waiting(folder: Path) -> None:
    """This run waits for another one writing into ``folder``: said on stderr (in the run's language)."""
    with contextlib.suppress(OSError, ValueError):
        print(msg("waiting-for-folder", path=folder, seconds=int(LOCK_TIMEOUT)), file=sys.stderr, flush=True)


LOCK_WAIT_NOTICES.append(_say_waiting)  # in this process and in the workers forked from the server


#: In a worker: Ctrl-C has reached it (:func:`_worker_interrupted`); inputs handed over after it
#: are not checked.
_STOPPED = False
#: In a worker: a check is under way (Ctrl-C stops it, with its outputs rolled back).
_CHECKING = False
#: In a worker: the batch's event that is set once the command stops (:func:`check_all`).
_STOP: Any = None


def _worker_interrupted(_signum: int, _frame: object) -> None:
    """Ctrl-C in a worker: the check under way stops (KeyboardInterrupt); an idle worker only
    notes it. Taken as usual, it ended an idle worker with a traceback of its own, and a worker
    then checked the next input handed over to it in full: files were checked and written 1-2 s
    after Ctrl-C (the re-test)."""
    global _STOPPED
    first = not _STOPPED
    _STOPPED = True
    if _CHECKING and first:  # once: a second one must not cut the first one's roll-back short
        raise KeyboardInterrupt


def check_one(names: OutputNames, options: CheckOptions, *, as_json: bool, debug: bool) -> Outcome:
    """Check one input and describe the outcome; an input that cannot be checked is an outcome too."""
    global _CHECKING
    _CHECKING = True  # first: a Ctrl-C from here on stops the check
    try:
        if _STOPPED or (_STOP is not None and _STOP.is_set()):
            path = names.input
            with language(options.lang):
                stand_in = not_checked_report(path)
            report = stand_in if as_json else None
            return Outcome(path, ExitCode.INTERRUPTED, "error", 0, stand_in, report=report)
        return _checked(names, options, as_json=as_json, debug=debug)
    finally:
        _CHECKING = False


def _checked(names: OutputNames, options: CheckOptions, *, as_json: bool, debug: bool) -> Outcome:
    path = names.input
    with language(options.lang):
        try:
            result = pipeline.check_file(path, options, names=names)
        except Exception as raised:
            error = environment_error(raised) if isinstance(raised, OSError) else raised
            user = isinstance(error, ImporterError)
            code = error.exit_code if isinstance(error, ImporterError) else ExitCode.INTERNAL
            trace = None
            if debug and code is ExitCode.INTERNAL:
                trace = "".join(traceback.format_exception(error))
            text = error.message if isinstance(error, ImporterError) else type(error).__name__
            message = text if user else msg("internal-error", error=type(error).__name__)
            stand_in = failure_report(path, text, int(code))
            return Outcome(
                path=path,
                exit_code=code,
                verdict=str(stand_in["verdict"]),
                rows=0,
                entry=stand_in,
                report=stand_in if as_json else None,
                message=message,
                trace=trace,
            )
        return Outcome(
            path=path,
            exit_code=result.exit_code,
            verdict=result.verdict,
            rows=result.rows_read,
            entry=result_entry(result),
            summary=None if as_json else render_summary(result, options),
            report=build_report(result, columnar=True, mask=options.mask) if as_json else None,
        )


def check_all(
    inputs: Sequence[OutputNames],
    options: CheckOptions,
    *,
    jobs: int,
    as_json: bool,
    debug: bool,
    late: dict[int, Outcome] | None = None,
) -> Generator[tuple[int, Outcome], None, None]:
    """Check every input; yield ``(index in inputs, outcome)`` as each one finishes.

    With one worker (``jobs`` 1, a single input, or standard input among them, which only this
    process can read) the inputs are checked here, one after another, in order. Otherwise in
    ``jobs`` worker processes; an interruption cancels the inputs not yet started and waits for
    those under way, whose outputs are then complete or, rolled back, as before. ``late``
    receives the outcomes of those that completed while the run was being stopped: their
    outputs are new (index.html called them "not checked").
    """
    workers = min(jobs, len(inputs))
    if workers <= 1 or any(str(names.input) == "-" for names in inputs):
        for index, names in enumerate(inputs):
            yield index, check_one(names, options, as_json=as_json, debug=debug)
        return
    starts = context()
    # set once the command stops: inputs handed over to a worker are then not checked (a worker
    # started after a Ctrl-C, which did not get it, checked one in full: 1-2 s more, the re-test)
    stop = starts.Event()
    with (
        polars_threads(threads_per_worker(workers)),
        ProcessPoolExecutor(
            max_workers=workers,
            mp_context=starts,
            initializer=_start_worker,
            # Ctrl-C as this process takes it (ignored, when it was started ignoring it)
            initargs=(stop, callable(signal.getsignal(signal.SIGINT))),
        ) as pool,
    ):
        pending: dict[Future[Outcome], int] = {}
        try:
            # each worker started is recorded by the pool, to be stopped; one started after the
            # signal did not get it, so each is given it (once taken, a second one does nothing)
            with stops_deferred(before_raise=lambda: _tell(_workers(pool), signal.SIGINT)):
                for index, names in enumerate(inputs):
                    future = pool.submit(check_one, names, options, as_json=as_json, debug=debug)
                    pending[future] = index
            while pending:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    try:
                        outcome = future.result()
                    except BrokenProcessPool:
                        raise _lost(pool) from None
                    yield pending.pop(future), outcome
        finally:
            stop.set()  # all done, or stopped: nothing more is checked
            pool.shutdown(wait=True, cancel_futures=True)
            if late is not None:
                for future, index in pending.items():
                    if future.done() and not future.cancelled() and future.exception() is None:
                        late[index] = future.result()


def _workers(pool: ProcessPoolExecutor) -> dict[int, Any]:
    """``pool``'s worker processes by process id (the executor's own record)."""
    return dict(getattr(pool, "_processes", None) or {})


def _tell(workers: Iterable[int], signum: int) -> None:
    """Send ``signum`` to ``workers``."""
    for pid in workers:
        with contextlib.suppress(OSError):
            os.kill(pid, signum)


def _lost(pool: ProcessPoolExecutor) -> BaseException:
    """What a worker that ended abruptly means: Ctrl-C when it died of it (the whole terminal
    group got it; this process may take it a moment later, or not at all while it started the
    worker server), else :class:`WorkersLostError`. Python's traceback ended the run with exit 1."""
    codes = {process.exitcode for process in _workers(pool).values()}
    if -signal.SIGINT in codes:
        return KeyboardInterrupt()
    killed = sorted(-code for code in codes if code is not None and code < 0 and code != -signal.SIGTERM)
    if killed:  # the others were ended by the executor with SIGTERM when it found the pool broken
        return WorkersLostError(msg("workers-lost-signal", signal=signal.Signals(killed[0]).name))
    failed = sorted(code for code in codes if code)
    return WorkersLostError(msg("workers-lost", code=failed[0] if failed else "?"))


def _start_worker(stop: Any = None, interruptible: bool = True) -> None:
    """A worker collects garbage as seldom as the command does (see :func:`importer.cli.main`),
    keeps the batch's ``stop`` event, and takes Ctrl-C as :func:`_worker_interrupted` says
    (``interruptible``: the command takes it; it was started ignoring it otherwise)."""
    global _STOP
    _STOP = stop
    gc.set_threshold(200_000, 30, 30)
    if interruptible:
        signal.signal(signal.SIGINT, _worker_interrupted)
