"""A local web page for people who never open a terminal: upload, read the report, correct, download.

``lexoffice-import serve`` runs :func:`create_app` with uvicorn on the user's own machine (loopback
by default). Each upload gets a session: a temporary folder named by an unguessable token, where
the input and the outputs of :func:`importer.pipeline.check_file` live. The routes are thin: they
turn a request into :class:`importer.result.CheckOptions`, run the same pipeline as the command
line, and render its result.

- ``GET /`` the page; ``POST /check`` (multipart field ``file``, options as form fields) the result
  page, or the JSON report(s) when the request accepts ``application/json`` (each upload file with
  a ``url``); ``GET /download/<token>/<name>`` an output of the session.
- ``POST /session/<token>/mapping`` checks again with the mapping chosen in the page's dropdowns;
  ``POST /session/<token>/correct`` checks again with the cells corrected in the rejected-rows
  table. Corrections are applied to the whole input, so duplicates and every other rule see the
  whole file: there is no second implementation of any rule.

Safety: sessions expire after an idle time and are removed at shutdown; uploads above the size
cap are refused before the body is read; client file names are never used as paths; a request
whose ``Host`` is not the served name is refused (DNS rebinding), and a state-changing request
whose ``Origin`` names another site too (CSRF); every page carries a Content-Security-Policy that
allows only what the app itself serves.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import hashlib
import io
import json
import os
import re
import secrets
import shutil
import signal
import socket
import tempfile
import threading
import time
from collections.abc import AsyncIterator, Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from importer import __version__
from importer.catalog import load_catalog
from importer.choices import Kind
from importer.columns import form_mapping
from importer.errors import EnvironmentRefusedError, ImporterError
from importer.exitcodes import ExitCode
from importer.fileio import write_atomic
from importer.frame import ROW
from importer.mapping import MERGE_CHOICES
from importer.messages import LANGUAGES, format_size, language, msg, surface
from importer.outputs import upload_subset
from importer.pipeline import CHECKED_SUFFIXES, check_file
from importer.report import build_report
from importer.result import CheckOptions, CheckResult
from importer.rounds import NUMBER_COLUMNS

#: Largest upload accepted (the command line's default cap).
DEFAULT_MAX_UPLOAD: Final = 200_000_000
#: Files one upload form may send at once.
MAX_FILES: Final = 50
#: Rejected rows the correction table shows at most, and cells it holds at most (a form of more
#: fields is refused by the form parser, and a page of more is too slow to use); the others are
#: in the rejected file, and come up in the table once the shown ones are corrected.
MAX_TABLE_ROWS: Final = 500
MAX_TABLE_CELLS: Final = 20_000
#: A session's folder is removed after this many seconds without a request.
DEFAULT_IDLE_SECONDS: Final = 3600
_TOKEN: Final = re.compile(r"[A-Za-z0-9_-]{20,64}")
_SAFE_STEM: Final = re.compile(r"[^A-Za-z0-9ÄÖÜäöüß_-]+")
#: Names of devices on Windows, whatever follows them: a file ``CON.csv`` or ``aux.kunden.csv`` is
#: the console or a port there, not a file.
_DEVICE_NAMES: Final = frozenset(
    {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
)
_SUFFIXES: Final = CHECKED_SUFFIXES
_CSP: Final = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'"
)
#: The report shown in the result page's frame: only inline style and script (the report's own
#: meta policy narrows the script to its hash), framed by this page only.
_REPORT_CSP: Final = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'self'"
)
_ENV: Final = Environment(
    loader=PackageLoader("importer", "templates/web"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


@dataclass
class WebSettings:
    """How the app runs: the names it answers to, limits, and where sessions live."""

    #: Host names (with or without port) a request may name in ``Host``; loopback by default.
    allowed_hosts: tuple[str, ...] = ("127.0.0.1", "localhost", "[::1]")
    max_upload: int = DEFAULT_MAX_UPLOAD
    idle_seconds: float = DEFAULT_IDLE_SECONDS
    #: Parent folder of the session folders (default: the system's temporary folder).
    root: Path | None = None


@dataclass
class Session:
    """One uploaded file, its outputs and what the user chose."""

    token: str
    folder: Path
    #: The client's file name, shown only (never used as a path).
    filename: str
    #: The input the pipeline reads: the upload, or its corrected copy.
    source: Path
    options: dict[str, Any] = field(default_factory=dict)
    manual_map: dict[str, str | None] = field(default_factory=dict)
    corrections: int = 0
    touched: float = field(default_factory=time.monotonic)
    #: The latest result: the corrections are applied to the table it read.
    last: CheckResult | None = None
    #: Rows of the upload files the user downloaded (the input's row numbers: they stay through
    #: every correction): they may be in lexoffice already.
    delivered: set[int] = field(default_factory=set)
    #: The latest result's upload files cut down to the rows not delivered: file name → rows.
    undelivered: dict[str, tuple[int, ...]] = field(default_factory=dict)
    #: The columns the tool merged with no column mapped by hand (house number → Straße 1 …).
    merged: dict[str, str] = field(default_factory=dict)
    #: The language of the latest result's messages (its page is shown again from it).
    lang: str = ""
    #: Columns the form left out because another column was given their target: column →
    #: (that column, the target), said beside them on the page.
    displaced: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: Held while a check of this session runs (in a worker thread): one at a time.
    busy: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    @property
    def out(self) -> Path:
        """The session's output folder."""
        return self.folder / "out"


class Sessions:
    """The live sessions, by token; idle ones are removed with their folders."""

    def __init__(self, settings: WebSettings) -> None:
        self.settings = settings
        self._items: dict[str, Session] = {}
        self._lock = threading.Lock()
        #: The rows of upload files downloaded, by the SHA-256 of the file uploaded: a session of
        #: the same file (uploaded again after the back button, a reload, or the session's expiry)
        #: knows them (the web round found its complete upload file offered again, 287 of 288
        #: contacts imported already). Kept while the server runs.
        self._delivered: dict[str, set[int]] = {}

    def create(self, filename: str, data: bytes) -> Session:
        """A new session holding ``data`` under a name made from ``filename``'s safe parts."""
        self.expire()
        token = secrets.token_urlsafe(32)
        folder = Path(tempfile.mkdtemp(prefix="lexoffice-web-", dir=self.settings.root))
        (folder / "in").mkdir()
        source = folder / "in" / safe_name(filename)
        source.write_bytes(data)
        session = Session(token, folder, filename, source)
        digest = hashlib.sha256(data).hexdigest()
        with self._lock:
            self._items[token] = session
            session.delivered = self._delivered.setdefault(digest, set())  # shared with its twins
        return session

    def get(self, token: str) -> Session | None:
        """The session of ``token``, or None (unknown, malformed or expired)."""
        self.expire()
        if not _TOKEN.fullmatch(token):
            return None
        with self._lock:
            session = self._items.get(token)
        if session is not None:
            session.touched = time.monotonic()
        return session

    def expire(self) -> None:
        """Remove the sessions idle longer than the settings allow."""
        limit = time.monotonic() - self.settings.idle_seconds
        with self._lock:
            old = [t for t, s in self._items.items() if s.touched < limit]
            gone = [self._items.pop(t) for t in old]
        for session in gone:
            shutil.rmtree(session.folder, ignore_errors=True)

    def close(self) -> None:
        """Remove every session (at shutdown)."""
        with self._lock:
            gone = list(self._items.values())
            self._items.clear()
        for session in gone:
            shutil.rmtree(session.folder, ignore_errors=True)


def safe_name(filename: str) -> str:
    """A file name for the server's disk from a client's: its stem's plain characters and a known
    suffix, never a Windows device name (the outputs are named after it, and downloaded)."""
    name = filename.replace("\\", "/").rsplit("/", 1)[-1]
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    suffix = f".{suffix.lower()}" if f".{suffix.lower()}" in _SUFFIXES else ".csv"
    clean = _SAFE_STEM.sub("-", stem).strip("-.")[:60] or "upload"
    if clean.upper() in _DEVICE_NAMES:
        clean += "_"
    return clean + suffix


# --- the check, as the routes call it ------------------------------------------------------------


def _options(session: Session, lang: str) -> CheckOptions:
    chosen = session.options
    return CheckOptions(
        out_dir=session.out,
        kind=Kind.parse(chosen.get("kind") or "auto"),
        output_encoding=str(chosen.get("output_encoding") or "utf-8"),
        mask=bool(chosen.get("mask")),
        manual_map=dict(session.manual_map),
        sheet=chosen.get("sheet") or None,
        header_row=int(chosen["header_row"]) if chosen.get("header_row") else None,
        lang=lang,
        managed_session=True,
        role_by_name=session.corrections == 0,
        column_notes={
            # the downloaded reports are read away from the page: "there", not "here"
            source: msg("web-mapping-displaced-report", lang=lang, other=other, target=target)
            for source, (other, target) in session.displaced.items()
        },
    )


def run_check(session: Session, lang: str) -> CheckResult:
    """Check the session's input with the same pipeline as the command line, its messages and
    reports in ``lang`` and worded for the page (its mapping table, correction table and options,
    not --map and a second command)."""
    with surface("web"), language(lang):
        return check_file(session.source, _options(session, lang))


def apply_corrections(session: Session, result: CheckResult, data: bytes) -> Path:
    """Make ``data`` (the corrected input, :func:`corrected_input`) the session's input, as the
    next round's file. Returns the new input's path."""
    if session.corrections == 0:
        # The copy is a CSV with its header on line 1, named for the upload: a sheet or header
        # row chosen for the upload would misread it (found by the hostile web session: a data
        # row read as the header, the good rows in no file), and the rows' role read from the
        # upload's name or sheet is kept as the kind.
        session.options.pop("sheet", None)
        session.options.pop("header_row", None)
        if Kind.parse(session.options.get("kind") or "auto") is Kind.AUTO and any(
            issue.code == "role-from-file-name" for issue in result.issues
        ):
            session.options["kind"] = str(Kind.SUPPLIERS)
    if session.corrections and session.source.read_bytes() == data:
        # The same form sent again (the back button, a double click): nothing changed, no new
        # round (found by the hostile web session: "· 2 Korrekturrunde(n)" for one correction).
        return session.source
    session.corrections += 1
    # Each round's input in a folder of its own, under the same name (so the outputs keep
    # theirs): a round the check refuses leaves the previous round's input as it was.
    folder = session.folder / "in" / f"runde-{session.corrections}"
    folder.mkdir(exist_ok=True)
    target = folder / f"{Path(session.source.name).stem.split('.korrigiert')[0]}.korrigiert.csv"
    target.write_bytes(data)
    session.source = target
    return target


def field_source(name: str, sources: Collection[str]) -> str:
    """The column a form field's name ``map:<header>`` stands for. Browsers send a field's name
    with ``"`` as ``%22`` and a line break as ``%0D%0A`` (HTML's multipart rules): a header
    holding them (Firma "Name" in quotes, a header broken over two lines) was "a column that is
    not there", and the mapping could not be changed (the hostile web round)."""
    if name in sources:
        return name
    decoded = _LINE_BREAKS.sub(
        "\n", name.replace("%22", '"').replace("%0D%0A", "\n").replace("%0D", "\n").replace("%0A", "\n")
    )
    return next((s for s in sources if _LINE_BREAKS.sub("\n", s) == decoded), name)


def corrected_input(result: CheckResult, cells: Mapping[tuple[int, int], str]) -> bytes:
    """The checked input as a UTF-8 CSV file with ``cells`` ((row, column index) → new text) put in.

    The whole file is written, so the next check sees every row: duplicates and every other rule
    apply to the corrected rows as to all others. Each record keeps its row number: the gaps
    between them (blank lines, a sheet's title rows above its header) are written as blank
    lines, which the check skips but counts, so that the page, the findings and a form sent
    again (double click, back and resend) name the same rows as the user's file.
    """
    table = result.intake.table
    names = table.columns + table.extra_columns
    frame = table.frame
    rows = frame.get_column(ROW).to_list()
    edited = {row: {} for row, _ in cells}  # type: dict[int, dict[int, str]]
    for (row, index), value in cells.items():
        edited[row][index] = value
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(names)
    previous = 1  # the header's row
    for position, record in enumerate(frame.select(names).iter_rows()):
        buffer.write("\r\n" * max(0, rows[position] - previous - 1))
        previous = rows[position]
        changes = edited.get(rows[position], {})
        writer.writerow([_corrected(changes.get(i), value or "") for i, value in enumerate(record)])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def known_cells(result: CheckResult, cells: Mapping[tuple[int, int], str]) -> dict[tuple[int, int], str]:
    """The cells of ``cells`` that name a row and a column of the checked table (a form made by
    hand may name others: a 40-digit row number ended in an HTTP 500, the hostile web round)."""
    table = result.intake.table
    rows = set(table.frame.get_column(ROW).to_list())
    width = len(table.columns) + len(table.extra_columns)
    return {
        (row, index): value for (row, index), value in cells.items() if row in rows and 0 <= index < width
    }


def stale_form(session: Session, data: bytes, sent: str | None) -> bool:
    """True when the correction form is of an earlier round (``sent``: the round it was shown in)
    and would change what later rounds corrected (``data``: the input it makes): a second tab or
    the back button (found by the hostile web round: an older form put a corrected e-mail back,
    on a row already downloaded). The same form sent again, changing nothing, is no stale one."""
    if sent is None or not sent.isdigit() or int(sent) == session.corrections:
        return False
    return session.source.read_bytes() != data


def _corrected(sent: str | None, shown: str) -> str:
    """The cell's new text: ``shown`` unless the user changed it. A form sends every cell back, a
    text field without its line breaks (HTML strips them) and a text area with CRLF: a cell sent
    back as shown keeps its text (found by the hostile web session: every multi-line note of the
    rejected rows lost its line breaks, in rows the user never touched)."""
    if sent is None or sent == shown:
        return shown
    if _LINE_BREAKS.sub("\n", sent) == _LINE_BREAKS.sub("\n", shown) or sent == _LINE_BREAKS.sub("", shown):
        return shown
    return sent


#: A line break as a text area sends it (CRLF) or a file holds it (LF, CR).
_LINE_BREAKS: Final = re.compile(r"\r\n|\r|\n")


def note_download(session: Session, name: str) -> None:
    """Remember the rows of an upload file the user downloads (the latest result's, or one cut
    down to the rows not delivered)."""
    if name in session.undelivered:
        session.delivered.update(session.undelivered[name])
    elif session.last is not None:
        for upload in session.last.outputs.upload:
            if upload.path.name == name:
                session.delivered.update(upload.row_numbers)


def delivered_numbers(session: Session) -> dict[str, int]:
    """Each customer or supplier number of a row the user downloaded → that row."""
    found: dict[str, int] = {}
    last = session.last
    if last is None or not session.delivered:
        return found
    for upload in last.outputs.upload:
        if not upload.path.is_file():
            continue
        encoding = "utf-8-sig" if upload.encoding.startswith("utf-8") else upload.encoding
        text = upload.path.read_bytes().decode(encoding, errors="replace")
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=";")
        header = next(reader, [])
        numbers = [i for i, name in enumerate(header) if name in NUMBER_COLUMNS]
        for row, record in zip(upload.row_numbers, reader, strict=False):
            if row in session.delivered:
                found.update(
                    {record[i].strip(): row for i in numbers if i < len(record) and record[i].strip()}
                )
    return found


def taken_numbers(session: Session, result: CheckResult, cells: Mapping[tuple[int, int], str]) -> list[str]:
    """The corrected number cells that give another row a number of a row already downloaded:
    the duplicate would reject the downloaded row (maybe in lexoffice already) and offer the
    corrected one in its place (the web round)."""
    targets = {c.index: c.target for c in result.columns if c.target in NUMBER_COLUMNS and c.merge is None}
    numbered = {(row, index): value.strip() for (row, index), value in cells.items() if index in targets}
    delivered = delivered_numbers(session) if numbered else {}
    if not delivered:
        return []
    import polars as pl

    # Only cells the user changed: the form sends every cell of the rejected rows back.
    table = result.intake.table
    names = table.columns + table.extra_columns
    rows = sorted({row for row, _ in numbered})
    shown = {
        (int(record[0]), index): (record[1 + index] or "").strip()
        for record in table.frame.filter(pl.col(ROW).is_in(rows)).select([ROW, *names]).iter_rows()
        for index in targets
    }
    return [
        msg("web-number-delivered", value=value, row=delivered[value], at=row)
        for (row, index), value in sorted(numbered.items())
        if value in delivered and delivered[value] != row and shown.get((row, index)) != value
    ]


def write_undelivered(session: Session, result: CheckResult) -> None:
    """Once the user downloaded an upload file, each new upload file that also holds other rows
    is written a second time with only those (``<name>.neu.csv``): a user who imported the
    first file into lexoffice imports only these, and no contact twice."""
    for name in session.undelivered:
        (session.out / name).unlink(missing_ok=True)
    session.undelivered = {}
    if not session.delivered:
        return
    for upload in result.outputs.upload:
        new = [row for row in upload.row_numbers if row not in session.delivered]
        if not new or len(new) == len(upload.row_numbers):
            continue  # nothing new in it, or nothing delivered: the file itself is the one to take
        data, rows = upload_subset(upload.path.read_bytes(), upload.row_numbers, set(new))
        name = upload.path.name.removesuffix(".csv") + ".neu.csv"
        write_atomic(session.out / name, data)
        session.undelivered[name] = rows


def json_paths(session: Session, text: str) -> str:
    """A JSON text with the session's paths as :func:`user_message` words them, also where JSON
    escapes their backslashes (Windows)."""
    sep = json.dumps(os.sep)[1:-1]
    name = json.dumps(session.filename)[1:-1]
    for path, shown in ((session.source, name), (session.folder / "out", ""), (session.folder, "")):
        escaped = json.dumps(str(path))[1:-1]
        text = text.replace(escaped + sep, shown).replace(escaped, shown)
    return text


def user_message(session: Session, text: str) -> str:
    """A message of the check as the user reads it: the input named as the user named the upload,
    an output by its name, never by the server's temporary folders (unknown to the user, and
    deleted with the session)."""
    text = text.replace(str(session.source), session.filename)
    return re.sub(re.escape(str(session.folder)) + r"[\\/]+(?:(?:in|out)[\\/]+)?", "", text)


# --- views -------------------------------------------------------------------------------------


def _t(lang: str) -> Any:
    def t(key: str, /, **values: object) -> str:
        return msg(key, lang=lang, **values)

    return t


def _page(template: str, lang: str, *, here: str = "/", **context: Any) -> HTMLResponse:
    """The page ``template``; ``here``: the address that shows it again (its language link's),
    never a form's address, which answers only a POST."""
    html = _ENV.get_template(template).render(
        t=_t(lang), lang=lang, version=__version__, here=here, **context
    )
    return HTMLResponse(html, headers=_headers())


def _headers() -> dict[str, str]:
    return {
        "Content-Security-Policy": _CSP,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "same-origin",
        "Cache-Control": "no-store",
    }


def _lang(request: Request, form: Mapping[str, Any] | None = None) -> str:
    chosen = (form or {}).get("lang") or request.query_params.get("lang") or "de"
    return chosen if chosen in LANGUAGES else "de"


def _result_view(session: Session, result: CheckResult, lang: str) -> dict[str, Any]:
    """What the result page shows: verdict, counts, mapping choices, the rejected rows, downloads."""
    catalog = load_catalog()
    report = build_report(result)
    by_target = {c.target: c for c in result.columns if c.target}
    errors: dict[int, dict[int, str]] = {}
    reasons: dict[int, list[str]] = {}
    for issue in result.issues:
        if issue.severity != "error" or issue.row < 2:
            continue
        column = by_target.get(issue.column) if issue.column else None
        if column is None:
            column = next((c for c in result.columns if c.source == issue.column), None)
        if column is not None:
            errors.setdefault(issue.row, {})[column.index] = issue.message
        reasons.setdefault(issue.row, []).append(issue.message)
    table = result.intake.table
    names = table.columns + table.extra_columns
    rejected = []
    wanted = sorted(set(errors) | set(reasons))
    shown = wanted[: max(1, min(MAX_TABLE_ROWS, MAX_TABLE_CELLS // max(1, len(names))))]
    if shown:
        frame = table.frame.filter(table.frame[ROW].is_in(shown))
        for record in frame.select([ROW, *names]).iter_rows():
            row = int(record[0])
            rejected.append(
                {
                    "row": row,
                    "cells": [
                        {"index": i, "value": v or "", "error": errors.get(row, {}).get(i)}
                        for i, v in enumerate(record[1:])
                    ],
                    "reasons": reasons.get(row, []),
                }
            )
    outputs = [
        {"name": path.name, "url": f"/download/{session.token}/{path.name}"}
        for path in result.outputs.paths()
    ]
    # An upload file whose contacts were all downloaded before (in pieces, or before a
    # correction) holds nothing new: offered plainly, it would create them twice (found by the
    # hostile web session, after the complete file and its ".neu.csv" were downloaded).
    delivered = {u.path.name for u in result.outputs.upload if set(u.row_numbers) <= session.delivered}
    uploads = [
        {**o, "delivered": o["name"] in delivered}
        for o in outputs
        if ".kunden" in o["name"] or ".lieferanten" in o["name"]
    ]
    return {
        "token": session.token,
        "filename": session.filename,
        "verdict": result.verdict,
        "rows": report["rows"],
        "columns": result.columns,
        "names": names,
        "catalog_names": catalog.names(),
        "merge_choices": MERGE_CHOICES,
        "rejected": rejected,
        "rejected_total": len(wanted),
        # Only this result's rows: a twin session's corrections made other rows valid there (the
        # hostile web round: "291 Kontakte heruntergeladen" beside "287 hochladbar").
        "delivered": len(session.delivered & {r for u in result.outputs.upload for r in u.row_numbers}),
        "undelivered": [
            {"name": name, "url": f"/download/{session.token}/{name}", "rows": len(rows)}
            for name, rows in session.undelivered.items()
        ],
        "rejected_file": next((o for o in outputs if o["name"].endswith(".rejected.csv")), None),
        "outputs": outputs,
        "uploads": uploads,
        "all_delivered": bool(uploads) and all(o["delivered"] for o in uploads),
        "report_url": next(
            (o["url"] + "?view=1" for o in outputs if o["name"].endswith(".report.html")), None
        ),
        "corrections": session.corrections,
        "options": session.options,
        "notes": {
            source: msg("web-mapping-displaced", lang=lang, other=other, target=target)
            for source, (other, target) in session.displaced.items()
        },
        # A rejected file uploaded on its own: its rows' numbers cannot be checked against the
        # first upload file; said at the top, not only in the report's frame (the web round: a
        # rejected file uploaded again made rows rejected as duplicates uploadable).
        "context_missing": next(
            (
                (issue.message, msg("rule-correction-context-missing-hint@web", lang=lang))
                for issue in result.issues
                if issue.code == "correction-context-missing"
            ),
            None,
        ),
    }


# --- the app -----------------------------------------------------------------------------------


def create_app(settings: WebSettings | None = None) -> Starlette:
    """The ASGI app. Its routes are thin: parse the request, run the pipeline, render the result."""
    settings = settings or WebSettings()
    sessions = Sessions(settings)

    async def index(request: Request) -> Response:
        lang = _lang(request)
        return _page("index.html", lang, max_upload=settings.max_upload, accept=",".join(_SUFFIXES))

    async def check(request: Request) -> Response:
        refused = _refuse_upload(request, settings)
        if refused is not None:
            return refused
        files: list[tuple[str, bytes]] = []
        async with request.form(max_files=MAX_FILES, max_fields=50) as form:
            lang = _lang(request, form)
            for upload in form.getlist("file"):
                if not isinstance(upload, str):
                    files.append((upload.filename or "upload.csv", await upload.read()))
            chosen = {
                "kind": str(form.get("kind") or "auto"),
                "output_encoding": str(form.get("output_encoding") or "utf-8"),
                "mask": form.get("mask") == "on",
                "sheet": str(form.get("sheet") or "") or None,
                "header_row": str(form.get("header_row") or "").strip() or None,
            }
        if not files:
            return _error(request, lang, msg("web-no-file", lang=lang), 400)
        row = chosen["header_row"]
        if row is not None and not (str(row).isdigit() and int(str(row)) >= 1):
            return _error(request, lang, msg("web-header-row-invalid", lang=lang, value=row), 400)
        if sum(len(data) for _, data in files) > settings.max_upload:
            return _error(
                request,
                lang,
                msg("web-too-large", lang=lang, cap=format_size(settings.max_upload, lang)),
                413,
            )
        created = []
        for filename, data in files:
            session = sessions.create(filename, data)
            session.options = dict(chosen)
            created.append(session)
        if len(created) == 1:
            one = created[0]
            return await _off_the_loop(created, lambda: _checked(request, one, lang, posted=True))
        return await _off_the_loop(created, lambda: _batch(request, created, lang))

    async def gone(request: Request) -> Response:
        """The page for an unknown or expired session, in the language of the request or its form."""
        lang = _lang(request)
        if request.method == "POST":
            with contextlib.suppress(HTTPException):
                async with request.form(max_files=0, max_fields=100_000) as form:
                    lang = _lang(request, form)
        return _error(request, lang, msg("web-session-gone", lang=lang), 404)

    async def show(request: Request) -> Response:
        session = sessions.get(request.path_params["token"])
        if session is None:
            return await gone(request)
        lang = _lang(request)

        def page() -> Response:
            if session.last is not None and session.lang == lang:  # the page again: no new check
                return _shown(request, session, session.last, lang)
            return _checked(request, session, lang)

        return await _off_the_loop([session], page)

    async def mapping(request: Request) -> Response:
        session = sessions.get(request.path_params["token"])
        if session is None:
            return await gone(request)
        names = load_catalog().names()
        before = {c.source: c.target for c in session.last.columns} if session.last is not None else {}
        chosen: dict[str, str | None] = {}
        shown: dict[str, str | None] = {}
        unknown: list[tuple[str, str]] = []
        async with request.form(max_files=0, max_fields=2000) as form:
            lang = _lang(request, form)
            for key, value in form.multi_items():
                if key.startswith("shown:") and isinstance(value, str):
                    # What the page showed, not what the session holds now: the same form sent
                    # twice (a double click, back and resend) is the same choice, not the other
                    # column's turn to take the target.
                    shown[field_source(key[6:], before)] = value or None
                elif key.startswith("map:") and isinstance(value, str):
                    source = field_source(key[4:], before)
                    known = not value or value in names or value in MERGE_CHOICES
                    chosen[source] = value or None if known else None
                    if not known:
                        unknown.append((source, value))
        if unknown:
            # A target the list never offers (an old page, a hand-made request): said, not read as
            # "do not use" (the hostile web round: the column silently left the upload).
            source, value = unknown[0]
            message = msg("web-mapping-unknown", lang=lang, source=source, target=value)
            return _error(request, lang, message, 400, int(ExitCode.USAGE), back=f"/session/{session.token}")
        before = {source: shown.get(source, target) for source, target in before.items()}
        mapped = form_mapping(chosen, before, session.manual_map, session.merged)
        # A column whose target the user gave another one is left out: said so beside it, not
        # as "chosen in the list" (the web round: Firma dropped for Matchcode without a word).
        taken = {target: source for source, target in mapped.items() if target is not None}
        displaced = {
            source: (taken[target], target)
            for source, target in chosen.items()
            if target is not None and source in mapped and mapped[source] is None and target in taken
        }
        return await _off_the_loop(
            [session],
            lambda: _rechecked(request, session, lang, lambda: _set_map(session, mapped, displaced)),
        )

    async def correct(request: Request) -> Response:
        session = sessions.get(request.path_params["token"])
        if session is None:
            return await gone(request)
        sent: dict[tuple[int, int], str] = {}
        async with request.form(max_files=0, max_fields=100_000) as form:
            lang = _lang(request, form)
            shown_round = form.get("round")
            for key, value in form.multi_items():
                match = re.fullmatch(r"cell:(\d{1,12}):(\d{1,6})", key)
                if match and isinstance(value, str):
                    sent[(int(match.group(1)), int(match.group(2)))] = value

        def corrected() -> Response:
            last = session.last
            cells = known_cells(last, sent) if last is not None else {}
            data = corrected_input(last, cells) if last is not None and cells else b""
            if last is None or not cells or data == corrected_input(last, {}):
                # Nothing changed: no round, and the answer is a redirect like any form's (found
                # by the hostile web round: the unchanged form counted a round and renamed every
                # output; a reload sent the empty form again).
                return _checked(request, session, lang, posted=True)
            back = f"/session/{session.token}"
            if stale_form(session, data, shown_round if isinstance(shown_round, str) else None):
                message = msg("web-form-stale", lang=lang)
                return _error(request, lang, message, 409, exit_code=int(ExitCode.USAGE), back=back)
            with language(lang):
                taken = taken_numbers(session, last, cells)
            if taken:
                return _error(request, lang, " ".join(taken), 422, exit_code=int(ExitCode.USAGE), back=back)
            return _rechecked(request, session, lang, lambda: apply_corrections(session, last, data))

        return await _off_the_loop([session], corrected)

    async def download(request: Request) -> Response:
        session = sessions.get(request.path_params["token"])
        name = request.path_params["name"]
        lang = _lang(request)
        if session is None:
            return _error(request, lang, msg("web-session-gone", lang=lang), 404)
        path = session.out / name
        if "/" in name or name.startswith(".") or not path.is_file() or path.parent != session.out:
            return _error(request, lang, msg("web-not-found", lang=lang), 404)
        if name.endswith(".report.html") and request.query_params.get("view") == "1":
            # The result page's frame: shown, not saved (an attachment leaves the frame blank and
            # drops a file into Downloads on every view). The report's own policy (a meta tag)
            # allows its inline style and, by hash, its script; this one keeps it in the frame.
            return FileResponse(
                path,
                media_type="text/html; charset=utf-8",
                headers={**_headers(), "Content-Security-Policy": _REPORT_CSP},
                content_disposition_type="inline",
                filename=name,
            )
        note_download(session, name)
        media = "text/html; charset=utf-8" if name.endswith(".html") else "text/csv; charset=utf-8"
        if name.endswith(".json"):
            media = "application/json"
        headers = _headers() if name.endswith(".html") else {"X-Content-Type-Options": "nosniff"}
        if name.endswith(".report.json"):
            # The server's temporary folders are no business of the user's (on Windows they name
            # the login; the web round found them in the report, personal data hidden or not).
            text = json_paths(session, path.read_text("utf-8"))
            disposition = {"Content-Disposition": f'attachment; filename="{name}"'}
            return Response(text.encode("utf-8"), media_type=media, headers={**headers, **disposition})
        return FileResponse(path, media_type=media, filename=name, headers=headers)

    def _batch(request: Request, created: list[Session], lang: str) -> Response:
        """Several files: each checked in its own session; an overview (or a list of JSON reports)."""
        entries: list[dict[str, Any]] = []
        reports: list[dict[str, Any]] = []
        for session in created:
            try:
                result = run_check(session, lang)
            except ImporterError as error:
                message = user_message(session, error.message)
                entries.append({"name": session.filename, "verdict": "unusable", "error": message})
                reports.append(
                    {
                        "input": {"path": session.filename},
                        "error": message,
                        "exit_code": int(error.exit_code),
                    }
                )
                continue
            session.last = result
            write_undelivered(session, result)  # the overview may be shown again after downloads
            entries.append(
                {
                    "name": session.filename,
                    "verdict": result.verdict,
                    "rows": result.rows_dict(),
                    "url": f"/session/{session.token}?lang={lang}",
                }
            )
            reports.append(_json_report(session, result))
        if _wants_json(request):
            return JSONResponse(reports)
        here = "/batch/" + ",".join(session.token for session in created)
        return _page("batch.html", lang, here=here, entries=entries)

    async def batch(request: Request) -> Response:
        """The overview of several files again (its language link): each file checked anew in the
        language asked for."""
        tokens = request.path_params["tokens"].split(",")
        found = [sessions.get(token) for token in tokens]
        if any(session is None for session in found) or len(tokens) > MAX_FILES:
            return await gone(request)
        live = [session for session in found if session is not None]
        lang = _lang(request)
        return await _off_the_loop(live, lambda: _batch(request, live, lang))

    def _rechecked(request: Request, session: Session, lang: str, change: Callable[[], object]) -> Response:
        """Check again after ``change`` (a mapping or corrections). A change the check refuses is
        undone: the session keeps its last input, mapping and outputs, and the page says so."""
        saved = (session.source, dict(session.manual_map), session.corrections)
        try:
            change()
            result = run_check(session, lang)
        except ImporterError as error:
            reason = user_message(session, error.message)
            session.source, session.manual_map, session.corrections = saved
            with contextlib.suppress(ImporterError):
                session.last = run_check(session, lang)  # the outputs the refused run removed
            message = msg("web-change-refused", lang=lang, reason=reason)
            back = f"/session/{session.token}"
            return _error(request, lang, message, 422, exit_code=int(error.exit_code), back=back)
        return _shown(request, session, result, lang, posted=True)

    def _checked(request: Request, session: Session, lang: str, *, posted: bool = False) -> Response:
        try:
            result = run_check(session, lang)
        except ImporterError as error:
            status = 400 if error.exit_code == ExitCode.USAGE else 422
            message = user_message(session, error.message)
            return _error(request, lang, message, status, exit_code=int(error.exit_code))
        return _shown(request, session, result, lang, posted=posted)

    def _shown(
        request: Request, session: Session, result: CheckResult, lang: str, *, posted: bool = False
    ) -> Response:
        """The result page, or its JSON. ``posted``: the answer to a form (an upload, a mapping,
        corrections) is a redirect to the session's page (post, redirect, get), which shows it from
        the result kept here: the back button and a reload show the page again instead of sending
        the form once more, and its address can be opened again (the web round: "Confirm Form
        Resubmission", the upload sent again)."""
        session.last, session.lang = result, lang
        if not session.manual_map:  # the tool's own mapping: which columns it merges
            session.merged = {c.source: c.target for c in result.columns if c.merge and c.target}
        write_undelivered(session, result)
        if _wants_json(request):
            return JSONResponse(_json_report(session, result))
        if posted:
            return RedirectResponse(f"/session/{session.token}?lang={lang}", status_code=303)
        with language(lang):
            view = _result_view(session, result, lang)
        return _page("result.html", lang, here=f"/session/{session.token}", **view)

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            sessions.close()

    routes = [
        Route("/", index, methods=["GET"]),
        Route("/check", check, methods=["POST"]),
        Route("/session/{token}", show, methods=["GET"]),
        Route("/batch/{tokens}", batch, methods=["GET"]),
        Route("/session/{token}/mapping", mapping, methods=["POST"]),
        Route("/session/{token}/correct", correct, methods=["POST"]),
        Route("/download/{token}/{name}", download, methods=["GET"]),
        Mount("/static", StaticFiles(packages=[("importer", "templates/web/static")]), name="static"),
    ]

    async def refused(request: Request, exc: Exception) -> Response:
        """The framework's own refusals in the page's language, never its English plain text: a
        form it cannot take (too many files or fields, a field above 1 MB, no boundary), an
        unknown address or method (a result page's address typed or bookmarked)."""
        status = exc.status_code if isinstance(exc, HTTPException) else 400
        lang = _lang(request)
        key = "web-form-refused" if status == 400 else "web-not-found"
        return _error(request, lang, msg(key, lang=lang, files=MAX_FILES), status)

    guard = Middleware(HostOriginGuard, allowed=settings.allowed_hosts)
    app = Starlette(
        routes=routes, lifespan=lifespan, middleware=[guard], exception_handlers={HTTPException: refused}
    )
    app.state.sessions = sessions
    return app


async def _off_the_loop(held: Sequence[Session], work: Callable[[], Response]) -> Response:
    """Run a check (and render its page) in a worker thread, one at a time per session: on the
    event loop, a large file froze the page for every other user (the web round: another user's
    start page took 6.6 s while 40 MB were checked)."""

    def locked() -> Response:
        with contextlib.ExitStack() as stack:
            for session in sorted(held, key=lambda s: s.token):
                stack.enter_context(session.busy)
            return work()

    return await run_in_threadpool(locked)


def _json_report(session: Session, result: CheckResult) -> dict[str, Any]:
    """The JSON report of a session's result, naming files (never the server's folders) and
    giving each upload file the url that downloads it."""
    report = build_report(result, mask=bool(session.options.get("mask")))
    report["input"]["path"] = session.filename
    outputs = report["outputs"]
    for entry in outputs["upload"]:
        entry["path"] = Path(entry["path"]).name
        entry["url"] = f"/download/{session.token}/{entry['path']}"
    for key in ("rejected", "unmapped", "report_html", "report_json"):
        if outputs.get(key):
            outputs[key] = Path(outputs[key]).name
    report["session"] = session.token
    return report


def _wants_json(request: Request) -> bool:
    return "application/json" in request.headers.get("accept", "")


def _set_map(
    session: Session, chosen: dict[str, str | None], displaced: dict[str, tuple[str, str]] | None = None
) -> None:
    session.manual_map = chosen
    kept = {
        s: d for s, d in session.displaced.items() if chosen.get(s, "") is None and s not in (displaced or {})
    }
    session.displaced = {**kept, **(displaced or {})}


def _error(
    request: Request,
    lang: str,
    message: str,
    status: int,
    exit_code: int | None = None,
    back: str | None = None,
) -> Response:
    """The error page (or JSON): ``message``, and a link to ``back`` (the session's page) when the
    session lives on, else to the upload page."""
    if _wants_json(request):
        return JSONResponse({"error": message, "exit_code": exit_code}, status_code=status)
    page = _ENV.get_template("error.html").render(
        t=_t(lang), lang=lang, version=__version__, message=message, back=back, here=back or "/"
    )
    return HTMLResponse(page, status_code=status, headers=_headers())


def _refuse_upload(request: Request, settings: WebSettings) -> Response | None:
    """Refuse an upload above the cap before its body is read (or one that does not say its size)."""
    length = request.headers.get("content-length")
    lang = _lang(request)
    if length is None or not length.isdigit():
        return _error(request, lang, msg("web-length-required", lang=lang), 411)
    if int(length) > settings.max_upload + 64_000:  # the form's own fields and boundaries
        return _error(
            request, lang, msg("web-too-large", lang=lang, cap=format_size(settings.max_upload, lang)), 413
        )
    return None


class HostOriginGuard:
    """ASGI middleware: refuse a foreign ``Host`` (DNS rebinding) and a foreign ``Origin`` on a
    state-changing request (CSRF), before any route runs."""

    def __init__(self, app: Any, allowed: tuple[str, ...]) -> None:
        self.app = app
        self.allowed = {h.lower() for h in allowed}

    def host_ok(self, host: str) -> bool:
        """``host`` (with or without port) is one of the served names."""
        host = host.lower()
        bare = host if host.endswith("]") else host.rsplit(":", 1)[0]
        return host in self.allowed or bare in self.allowed

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
            host = headers.get("host", "")
            request = Request(scope)
            lang = _lang(request)
            if not self.host_ok(host):
                message = msg(
                    "web-host-refused", lang=lang, host=host or "–", names=", ".join(sorted(self.allowed))
                )
                await _error(request, lang, message, 421)(scope, receive, send)
                return
            origin = headers.get("origin")
            if (
                scope["method"] not in ("GET", "HEAD")
                and origin is not None
                and not _same_origin(origin, host)
            ):
                await _error(request, lang, msg("web-origin-refused", lang=lang), 403)(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _same_origin(origin: str, host: str) -> bool:
    """The page's own ``Origin`` for ``Host``: the same name and port; a ``Host`` without a port
    (a proxy that passes on ``$host``) matches its name under any port (found by the hostile web
    round: behind the README's proxy on a port of its own, every upload was refused)."""
    if origin == "null":
        return False
    netloc, host = urlsplit(origin).netloc.lower(), host.lower()
    if netloc == host:
        return True
    bare = netloc if netloc.endswith("]") else netloc.rsplit(":", 1)[0]
    has_port = not host.endswith("]") and ":" in host
    return not has_port and bare == host


def page_url(host: str, port: int) -> str:
    """The address the page is shown at: loopback by name (``localhost``), IPv6 in brackets."""
    shown = "localhost" if host in ("127.0.0.1", "::1") else host
    return f"http://[{shown}]:{port}/" if ":" in shown else f"http://{shown}:{port}/"


def _listen(host: str, port: int) -> socket.socket:
    """The page's listening socket, bound before the page is announced. ``create_server`` sets
    SO_REUSEADDR on POSIX only: on Windows it would let a second page bind the port in use."""
    family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
    return socket.create_server((host, port), family=family)


def _page_answers(host: str, port: int) -> bool:
    """Whether this tool's page answers at ``host:port`` (its generator tag on the start page)."""
    import http.client

    connection = http.client.HTTPConnection(host, port, timeout=3)
    try:
        connection.request("GET", "/", headers={"Host": f"localhost:{port}"})
        head = connection.getresponse().read(4096)
    except (OSError, http.client.HTTPException):
        return False
    finally:
        connection.close()
    return b'<meta name="generator" content="lexoffice-import' in head


def _free_port(host: str, after: int) -> int | None:
    """The first port after ``after`` that can be bound now (a suggestion for --port), or None."""
    for candidate in range(after + 1, min(after + 50, 65535) + 1):
        try:
            _listen(host, candidate).close()
        except OSError:
            continue
        return candidate
    return None


def serve(
    host: str,
    port: int,
    *,
    open_browser: bool = False,
    allow_hosts: tuple[str, ...] = (),
    started: Callable[[str, bool], None] | None = None,
) -> None:
    """Run the app with uvicorn until Ctrl-C (the ``serve`` command).

    ``allow_hosts``: further names the page may be called by (a reverse proxy's public name).
    ``started(url, already)`` is called once the port is bound (``already`` False), or when this
    tool's page runs there already (a second start, a second double click on a launcher): then that
    page is opened (with ``open_browser``) and no second one is started. A port held by another
    program is an :class:`EnvironmentRefusedError` naming --port with a free one.
    """
    import uvicorn

    url = page_url(host, port)
    try:
        listening = _listen(host, port)
    except OSError as error:
        if error.errno == errno.EADDRINUSE and _page_answers(host, port):
            if started is not None:
                started(url, True)
            if open_browser:
                import webbrowser

                webbrowser.open(url)
            return
        if error.errno == errno.EADDRINUSE:
            free = _free_port(host, port)
            key = "serve-port-in-use" if free is not None else "serve-port-in-use-no-free"
            raise EnvironmentRefusedError(msg(key, port=port, free=free or "")) from error
        raise EnvironmentRefusedError(
            msg(
                "serve-port-refused",
                host=host,
                port=port,
                reason=os.strerror(error.errno) if error.errno else str(error),
            )
        ) from error
    if started is not None:
        started(url, False)
    names = ("127.0.0.1", "localhost", "[::1]", "::1")
    settings = WebSettings(allowed_hosts=tuple(dict.fromkeys((*names, host, *allow_hosts))))
    app = create_app(settings)
    if open_browser:
        import webbrowser

        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    # uvicorn takes Ctrl-C itself, shuts down, and then raises it again for the handler before
    # it: raised as KeyboardInterrupt inside its event loop, that printed two tracebacks under
    # "ERROR:" for the usual way to end the page. Here it does nothing: the page has ended.
    previous = signal.signal(signal.SIGINT, lambda _signum, _frame: None)
    try:
        # no colours: stderr shows the escape sequences that make them (importer.console.shown)
        config = uvicorn.Config(app, host=host, port=port, log_level="warning", use_colors=False)
        with listening:
            uvicorn.Server(config).run(sockets=[listening])
    finally:
        signal.signal(signal.SIGINT, previous)
