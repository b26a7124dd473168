"""The HTML pages: the report of one checked file, the quick reference and the index of several reports.

Every page is one self-contained file (inline CSS, a few lines of inline JS in the report,
no fonts, scripts or images from elsewhere) so it works offline and as a mail attachment.
A Content-Security-Policy in each page blocks everything the page does not ship itself.
All text comes from :mod:`importer.messages`; templates call ``t(key, **values)``.

Pages are deterministic: they show a date only when ``SOURCE_DATE_EPOCH`` is set, and
link outputs by paths relative to the page's folder.
"""

from __future__ import annotations

import base64
import hashlib
import importlib
import os
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePath
from typing import Any, Final, Protocol
from urllib.parse import quote

from jinja2 import Environment, FileSystemBytecodeCache, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from importer.catalog import Catalog, CatalogColumn
from importer.issues import IssueList
from importer.messages import LANGUAGES, MESSAGES, format_number, language, msg


def _bytecode_cache() -> FileSystemBytecodeCache | None:
    """Compiled templates kept in the user's cache folder (XDG), so later runs skip compiling.

    Keyed by version; when the folder cannot be made (read-only home), templates are compiled
    each run as usual.
    """
    from importer import __version__

    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    folder = base / "lexoffice-import" / f"jinja-{__version__}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return FileSystemBytecodeCache(str(folder))


ENV: Final = Environment(
    loader=PackageLoader("importer"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
    bytecode_cache=_bytecode_cache(),
)

#: Findings shown per code in the report; the rest are counted and left to the JSON report.
MAX_ROWS_PER_CODE: Final = 200

_SEVERITIES: Final = ("error", "warning", "fix")
_DELIMITERS: Final = {
    ";": "html-delim-semicolon",
    ",": "html-delim-comma",
    "\t": "html-delim-tab",
    "|": "html-delim-pipe",
}
_LINE_ENDINGS: Final = {"\r\n": "html-le-crlf", "\n": "html-le-lf", "\r": "html-le-cr"}
_ROLES: Final = ("customers", "suppliers")


class RuleInfo(Protocol):
    """What the report needs to know about a finding's code (see ``importer.rules.RULES``)."""

    @property
    def code(self) -> str:
        """The finding's code, e.g. ``email-invalid``."""

    @property
    def severity(self) -> object:
        """``error``, ``warning`` or ``fix`` (a :class:`importer.model.Severity` or its value)."""

    @property
    def title(self) -> str:
        """A short German title."""

    @property
    def hint(self) -> str:
        """One German sentence: how the user fixes it."""


# --- small helpers --------------------------------------------------------------------------


def _translator(lang: str) -> Callable[..., str]:
    """``t(key, **values)`` for templates: the message in ``lang``."""

    def t(key: str, /, **values: object) -> str:
        return msg(key, lang=lang, **values)

    return t


def _markup_translator(lang: str) -> Callable[..., Markup]:
    """Like ``t`` but for values that are already HTML (links): the message text itself is escaped."""

    def tm(key: str, /, **values: object) -> Markup:
        entry = MESSAGES[key]
        template = entry.get(lang) or entry["de"]
        return Markup(escape(template)).format(**values)

    return tm


def _badge(severity: str, lang: str) -> Markup:
    """The severity label of a finding (``Fehler``, ``Warnung``, ``Korrektur``) as a badge."""
    label = msg(f"html-sev-{severity}", lang=lang)
    return Markup('<span class="sev sev-{}">{}</span>').format(severity, label)


def _check_lang(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; known: {', '.join(LANGUAGES)}")


def format_size(n: int, lang: str = "de") -> str:
    """``1234567`` → ``1,2 MB`` (decimal units, like lexoffice's "2 MB")."""
    for unit, factor in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if n >= factor:
            return f"{format_number(n / factor, lang, 1)} {unit}"
    return msg("html-bytes", lang=lang, n=format_number(n, lang))


def _share(part: float, whole: float) -> float:
    """``part`` as a percentage of ``whole`` (0 when ``whole`` is 0)."""
    return 100.0 * part / whole if whole else 0.0


def _percent(score: object, lang: str) -> str:
    """A mapping score (0–1, or already 0–100) as ``93 %``; empty for a missing or zero score."""
    if not isinstance(score, int | float) or isinstance(score, bool) or score <= 0:
        return ""
    value = score * 100 if score <= 1 else score
    return f"{format_number(value, lang)} %"


def _build_date() -> str | None:
    """The UTC date of ``SOURCE_DATE_EPOCH`` (reproducible builds), or nothing."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not raw:
        return None
    try:
        return datetime.fromtimestamp(int(raw), tz=UTC).date().isoformat()
    except (ValueError, OverflowError, OSError):
        return None


def relative_link(path: str | os.PathLike[str], base_dir: Path) -> tuple[str, str]:
    """``(href, text)`` for ``path`` relative to ``base_dir``: a quoted relative URL and the plain path.

    Relative paths are taken relative to the current folder, like the paths in the JSON report.
    The URL is percent-encoded, so a file name can never turn into a scheme such as ``javascript:``.
    """
    try:
        rel = os.path.relpath(os.fspath(path), os.fspath(base_dir))
    except ValueError:  # another drive on Windows: fall back to the file name
        rel = PurePath(os.fspath(path)).name
    text = PurePath(rel).as_posix()
    return quote(text, safe="/"), text


def _inline_script(name: str) -> tuple[Markup, str]:
    """The script template ``name`` and its CSP hash source (``'sha256-…'``)."""
    source = ENV.get_template(name).render()
    digest = base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")
    return Markup(source), f"'sha256-{digest}'"


def _csp(script_hash: str | None) -> str:
    """A policy that lets the page load nothing from anywhere; only its own inline style and script run."""
    script = script_hash if script_hash else "'none'"
    return (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src {script}; base-uri 'none'; form-action 'none'"
    )


def _rule_text(rule: object | None, attr: str) -> str | None:
    """``rule.title`` or ``rule.hint`` (rendered in the active language), or nothing when it has none."""
    if rule is None:
        return None
    try:
        value = getattr(rule, attr, None)
    except LookupError:  # a rule whose message is not written yet
        return None
    return value if isinstance(value, str) and value else None


def _severity_of(value: object) -> str:
    """``Severity.ERROR``/``"error"`` → ``"error"``; anything unknown counts as a warning."""
    text = str(getattr(value, "value", value))
    return text if text in _SEVERITIES else "warning"


def load_rules() -> Mapping[str, Any]:
    """``importer.rules.RULES`` when that module exists, else an empty mapping (codes shown as they are)."""
    try:
        module = importlib.import_module("importer.rules")
    except ImportError:
        return {}
    rules = getattr(module, "RULES", {})
    return rules if isinstance(rules, Mapping) else {}


def _label(key: str, lang: str, fallback: str, **values: object) -> str:
    """The message ``key`` when the catalog has it, else ``fallback`` (e.g. an unknown method name)."""
    return msg(key, lang=lang, **values) if key in MESSAGES else fallback


# --- masking --------------------------------------------------------------------------------

_EMAIL: Final = re.compile(r"[^\s@<>;,()\"'„“”‚‘’«»]*@[^\s@<>;,()\"'„“”‚‘’«»]*")
_IBAN: Final = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{2,4}){3,8}\b")
_SAFE_WORDS: Final = frozenset(
    {
        "plz",
        "postleitzahl",
        "ort",
        "stadt",
        "land",
        "anrede",
        "kundennummer",
        "kundennr",
        "kdnr",
        "lieferantennummer",
        "lieferantennr",
        "umsatzsteuer",
        "ustid",
        "ust",
        "zip",
        "city",
        "country",
        "salutation",
    }
)
_NAME_WORDS: Final = (
    "name",
    "firma",
    "firmen",
    "straße",
    "strasse",
    "str",
    "ansprechpartner",
    "kontakt",
    "person",
    "zusatz",
    "anschrift",
    "inhaber",
    "street",
    "company",
)


def column_kind(column: str | None) -> str:
    """The masking kind of a column: ``email``, ``phone``, ``digits``, ``name``, ``safe`` or ``other``."""
    if not column:
        return "other"
    text = column.lower()
    words = [w for w in re.split(r"[^a-zäöüß]+", text) if w]
    if "mail" in text:
        return "email"
    if any(w in text for w in ("telefon", "phone", "fax", "mobil", "handy")) or "tel" in words:
        return "phone"
    if any(w in text for w in ("iban", "konto", "bic", "blz", "bankleitzahl", "steuernummer")):
        return "digits"
    if any(w in _SAFE_WORDS for w in words):
        return "safe"
    if any(w.startswith(n) or w.endswith(n) for w in words for n in _NAME_WORDS):
        return "name"
    return "other"


def _mask_digits(value: str, keep: int = 2) -> str:
    """Replace every digit but the last ``keep`` with ``*``."""
    total = sum(ch.isdigit() for ch in value)
    seen = 0
    out = []
    for ch in value:
        if ch.isdigit():
            seen += 1
            out.append(ch if seen > total - keep else "*")
        else:
            out.append(ch)
    return "".join(out)


def _mask_email(match: re.Match[str]) -> str:
    local, _, domain = match.group(0).rpartition("@")
    return f"{local[:1]}***@{domain}"


def scrub(text: str) -> str:
    """Mask e-mail addresses and IBANs wherever they occur in ``text``."""
    text = _EMAIL.sub(_mask_email, text)
    return _IBAN.sub(lambda m: _mask_digits(m.group(0)), text)


def mask_value(value: str, kind: str) -> str:
    """``value`` with personal data hidden, the way ``kind`` (see :func:`column_kind`) calls for.

    E-mail ``jana@firma.de`` → ``j***@firma.de``; phone and account numbers keep their last
    two digits; names, streets and values of unknown columns keep their first letter (``M***``).
    """
    if not value:
        return value
    if kind == "email":
        return _EMAIL.sub(_mask_email, value) if "@" in value else f"{value[:1]}***"
    if kind in ("phone", "digits"):
        return scrub(_mask_digits(value))
    if kind in ("name", "other"):
        stripped = value.strip()
        return f"{stripped[:1]}***" if stripped else value
    return scrub(value)


class _Masker:
    """Masks the data of one report; knows which lexoffice column each source header went to."""

    def __init__(self, enabled: bool, targets: Mapping[str, str]) -> None:
        self.enabled = enabled
        self.targets = targets

    def kind(self, column: str | None) -> str:
        """The masking kind of ``column`` (its lexoffice target when it has one)."""
        if column is None:
            return "other"
        return column_kind(self.targets.get(column) or column)

    def value(self, value: str | None, column: str | None) -> str | None:
        """A cell value, masked when masking is on."""
        if value is None or not self.enabled:
            return value
        return mask_value(value, self.kind(column))

    def message(self, text: str, replacements: Sequence[tuple[str | None, str | None]]) -> str:
        """A finding's message with the raw values it quotes replaced by their masked form."""
        if not self.enabled:
            return text
        for raw, masked in sorted(replacements, key=lambda p: -len(p[0] or "")):
            if raw and masked is not None and raw != masked and len(raw) >= 3:
                text = text.replace(raw, masked)
        return scrub(text)


# --- view models ----------------------------------------------------------------------------


def _reference_rows(
    catalog: Catalog,
    rules: Mapping[str, Any],
    lang: str,
    *,
    present: Mapping[str, str] | None = None,
    anchors: Mapping[str, str] | None = None,
    synonyms: Mapping[str, Sequence[str]] | None = None,
) -> list[dict[str, Any]]:
    """One entry per catalog column for the quick-reference table."""
    rows = []
    for column in catalog.columns:
        rows.append(
            {
                "name": column.name,
                "group": column.group,
                "group_label": _label(f"html-group-{column.group}", lang, column.group),
                "role": _label(f"html-role-{column.role}", lang, column.role),
                "description": _description(column, lang),
                "max_length": column.max_length,
                "max_length_note": column.max_length is not None
                and str(column.max_length) not in _description(column, lang),
                "rules": [
                    {
                        "code": code,
                        "title": _rule_text(rules.get(code), "title"),
                        "anchor": (anchors or {}).get(code),
                    }
                    for code in column.rules
                ],
                "example": column.example,
                "provenance": column.provenance,
                "provenance_label": _label(f"html-prov-{column.provenance}", lang, column.provenance),
                "provenance_explain": _label(f"html-prov-{column.provenance}-explain", lang, ""),
                "present": None if present is None else present.get(column.name),
                "synonyms": list(dict.fromkeys(str(n) for n in (synonyms or {}).get(column.name, ()))),
            }
        )
    return rows


def _description(column: CatalogColumn, lang: str) -> str:
    return column.description_en if lang == "en" and column.description_en else column.description


def _provenance_legend(lang: str) -> list[dict[str, str]]:
    return [
        {
            "key": key,
            "label": msg(f"html-prov-{key}", lang=lang),
            "explain": msg(f"html-prov-{key}-explain", lang=lang),
        }
        for key in ("official", "export", "inferred")
    ]


def _assumptions(report: Mapping[str, Any], catalog: Catalog, lang: str) -> list[dict[str, str]]:
    """``settings.assumptions`` of the report; the catalog's own text when the language differs."""
    known = {a.key: a for a in catalog.assumptions}
    settings = report.get("settings") or {}
    items = settings.get("assumptions") if isinstance(settings, Mapping) else None
    if not isinstance(items, list):
        return [{"key": a.key, "text": a.en if lang == "en" else a.de} for a in catalog.assumptions]
    result = []
    for item in items:
        if not isinstance(item, Mapping):
            continue
        key = str(item.get("key", ""))
        text = str(item.get("text", ""))
        if lang == "en" and key in known:
            text = known[key].en
        elif not text and key in known:
            text = known[key].de
        result.append({"key": key, "text": text})
    return result


def _join(items: Sequence[Markup], lang: str) -> Markup:
    """``a``, ``a und b``, ``a, b und c``."""
    if len(items) <= 1:
        return items[0] if items else Markup("")
    head = Markup(", ").join(items[:-1])
    return Markup("{} {} {}").format(head, msg("html-and", lang=lang), items[-1])


def _file_link(path: str, base_dir: Path) -> Markup:
    href, text = relative_link(path, base_dir)
    return Markup('<a href="{}"><code>{}</code></a>').format(href, text)


def _next_step(verdict: str, uploads: list[dict[str, Any]], lang: str) -> Markup:
    """One sentence: which file to upload where, or what to do first."""
    tm = _markup_translator(lang)
    if verdict == "unusable":
        return tm("html-next-unusable")
    if not uploads:
        return tm("html-next-attention-none" if verdict == "attention" else "html-next-none")
    key = "html-next-attention-upload" if verdict == "attention" else "html-next-upload"
    by_role: dict[str, list[Markup]] = {}
    for upload in uploads:
        by_role.setdefault(upload["role_key"], []).append(upload["link"])
    sentences = []
    order = {role: n for n, role in enumerate(_ROLES)}
    for role, links in sorted(by_role.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0])):
        action_key = f"html-action-{role}" if role in _ROLES else "html-action-any"
        sentences.append(tm(key, files=_join(links, lang), action=msg(action_key, lang=lang)))
    return Markup(" ").join(sentences)


def _destination(value: object, lang: str) -> tuple[str, str]:
    """``(kind, label)`` for a column's ``destination`` (``upload``, ``unmapped``, ``merged:Straße 1`` …)."""
    text = str(value or "unmapped")
    kind, _, target = text.partition(":")
    key = f"html-dest-{kind}"
    if key not in MESSAGES:
        return kind, text
    return kind, msg(key, lang=lang, target=target) if target else msg(key, lang=lang, target="")


def _columns(report: Mapping[str, Any], lang: str) -> list[dict[str, Any]]:
    """The ``columns`` entries, with labels for method, score, suggestion and destination."""
    result: list[dict[str, Any]] = []
    for col in report.get("columns") or []:
        method = str(col.get("method") or "unmapped")
        dest_kind, dest_label = _destination(col.get("destination"), lang)
        suggestion = col.get("suggestion")
        original = col.get("original")
        result.append(
            {
                "number": int(col.get("index", len(result))) + 1,
                "source": str(col.get("source", "")),
                "original": None if original is None else str(original),
                "target": col.get("target"),
                "method": _label(f"html-method-{method}", lang, method),
                "method_key": method,
                "score": _percent(col.get("score"), lang),
                "non_empty": format_number(int(col.get("non_empty") or 0), lang),
                "suggestion": None
                if not suggestion
                else msg(
                    "html-suggestion",
                    lang=lang,
                    target=suggestion,
                    score=_percent(col.get("suggestion_score"), lang) or "?",
                ),
                "destination": dest_label,
                "destination_kind": dest_kind,
                "note": col.get("note"),
            }
        )
    return result


@dataclass
class _IssueGroup:
    """The findings of one code, as the report lists them."""

    code: str
    title: str | None
    hint: str | None
    severity: str
    count: int
    count_label: str
    rows: list[dict[str, Any]]
    more: str | None
    anchor: str = ""


def _issue_groups(
    issues: Sequence[Mapping[str, Any]],
    rules: Mapping[str, Any],
    masker: _Masker,
    lang: str,
    *,
    column_index: Mapping[str, int],
    max_rows: int,
    has_rejected: bool,
    totals: Mapping[str, tuple[int, str]] | None = None,
) -> list[_IssueGroup]:
    """Findings grouped by code: worst severity first, then by count; at most ``max_rows`` rows each.

    ``totals`` (code → count, worst severity) is given when ``issues`` holds only the rows shown.
    """
    by_code: dict[str, list[Mapping[str, Any]]] = {}
    for issue in issues:
        by_code.setdefault(str(issue.get("code", "?")), []).append(issue)
    rank = {s: i for i, s in enumerate(_SEVERITIES)}
    groups = []
    for code, items in by_code.items():
        rule = rules.get(code)
        worst = min((_severity_of(i.get("severity")) for i in items), key=rank.__getitem__)
        count = len(items)
        if totals is not None and code in totals:
            count, worst = totals[code][0], _severity_of(totals[code][1])
        rows = [_issue_row(issue, masker, column_index) for issue in items[:max_rows]]
        more = count - len(rows)
        more_key = "html-issues-more-rejected" if has_rejected and worst == "error" else "html-issues-more"
        groups.append(
            _IssueGroup(
                code=code,
                title=_rule_text(rule, "title"),
                hint=_rule_text(rule, "hint"),
                severity=worst,
                count=count,
                count_label=format_number(count, lang),
                rows=rows,
                more=msg(more_key, lang=lang, n=format_number(more, lang)) if more > 0 else None,
            )
        )
    groups.sort(key=lambda g: (rank[g.severity], -g.count, g.code))
    for i, group in enumerate(groups, start=1):
        group.anchor = f"issues-{i}"
    return groups


def _issue_row(issue: Mapping[str, Any], masker: _Masker, column_index: Mapping[str, int]) -> dict[str, Any]:
    """One finding for the table: masked value, fix as before → after, message with masked quotes."""
    column = _text(issue.get("column"))
    raw = _text(issue.get("value"))
    fixed = _text(issue.get("fixed_value"))
    value = masker.value(raw, column)
    fixed_shown = masker.value(fixed, column)
    return {
        "row": int(issue.get("row") or 0),
        "line": int(issue.get("line") or 0),
        "column": column,
        "column_index": column_index.get(column if column is not None else "", -1),
        "value": value,
        "fixed": fixed_shown if fixed is not None and fixed != raw else None,
        "severity": _severity_of(issue.get("severity")),
        "message": masker.message(str(issue.get("message") or ""), [(raw, value), (fixed, fixed_shown)]),
    }


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _uploads(report: Mapping[str, Any], base_dir: Path, limit: int, lang: str) -> list[dict[str, Any]]:
    outputs = report.get("outputs") or {}
    result = []
    for upload in outputs.get("upload") or []:
        role = str(upload.get("role") or "")
        size = int(upload.get("bytes") or 0)
        result.append(
            {
                "link": _file_link(str(upload.get("path", "")), base_dir),
                "role_key": role,
                "role": _label(f"html-role-{role}", lang, role),
                "rows": format_number(int(upload.get("rows") or 0), lang),
                "encoding": str(upload.get("encoding") or ""),
                "bar": _bar(size, limit, lang),
            }
        )
    return result


def _bar(size: int, limit: int, lang: str) -> dict[str, Any]:
    share = _share(size, limit)
    return {
        "width": f"{min(share, 100.0):.1f}",
        "over": size > limit,
        "text": msg(
            "html-size-of-limit",
            lang=lang,
            size=format_size(size, lang),
            limit=format_size(limit, lang),
            share=format_number(share, lang, 1),
        ),
    }


def _outputs(report: Mapping[str, Any], base_dir: Path, lang: str) -> list[dict[str, Any]]:
    """Every written file as ``{label, link}``, upload files first."""
    outputs = report.get("outputs") or {}
    items = [
        {"label": msg("html-out-upload", lang=lang), "link": _file_link(str(u.get("path", "")), base_dir)}
        for u in outputs.get("upload") or []
    ]
    for key, label in (
        ("rejected", "html-out-rejected"),
        ("unmapped", "html-out-unmapped"),
        ("report_json", "html-out-report-json"),
        ("report_html", "html-out-report-html"),
    ):
        path = outputs.get(key)
        if path:
            items.append({"label": msg(label, lang=lang), "link": _file_link(str(path), base_dir)})
    return items


def _file_facts(report: Mapping[str, Any], lang: str) -> dict[str, Any]:
    encoding = report.get("encoding") or {}
    dialect = report.get("dialect") or {}
    rows = report.get("rows") or {}
    evidence = str(encoding.get("evidence") or "")
    delimiter = str(dialect.get("delimiter") or "")
    terminator = str(dialect.get("line_terminator") or "")
    return {
        "encoding": str(encoding.get("name") or "?"),
        "bom": msg("html-bom-yes" if encoding.get("bom") else "html-bom-no", lang=lang),
        "uncertain": None
        if encoding.get("confident", True)
        else msg("html-encoding-uncertain", lang=lang, alternative=encoding.get("alternative") or "?"),
        "evidence": [part for part in evidence.split("; ") if part],
        "delimiter": _label(_DELIMITERS.get(delimiter, ""), lang, repr(delimiter)),
        "delimiter_evidence": str(dialect.get("evidence") or ""),
        "line_ending": _label(_LINE_ENDINGS.get(terminator, ""), lang, repr(terminator)),
        "rows": [
            (msg(f"html-rows-{key}", lang=lang), format_number(int(rows.get(name) or 0), lang), key)
            for key, name in (
                ("read", "read"),
                ("uploaded", "uploaded"),
                ("rejected", "rejected"),
                ("blank", "blank_skipped"),
            )
        ],
    }


def _shown_issues(
    found: IssueList, max_rows: int
) -> tuple[list[dict[str, Any]], dict[str, tuple[int, str]], dict[str, int], int]:
    """The first ``max_rows`` findings per code as dicts, each code's count and worst severity, and totals."""
    import polars as pl

    frame = found.frame
    shown = frame.filter(pl.int_range(pl.len()).over("code") < max_rows).to_dicts()
    rank = {s: i for i, s in enumerate(_SEVERITIES)}
    per_code = frame.group_by("code").agg(pl.len().alias("n"), pl.col("severity").unique().alias("levels"))
    totals = {
        str(code): (int(n), min((_severity_of(v) for v in levels), key=rank.__getitem__))
        for code, n, levels in per_code.iter_rows()
    }
    by_severity = found.counts()["by_severity"]
    counts = {s: int(by_severity.get(s, 0)) for s in _SEVERITIES}
    return shown, totals, counts, len(found)


def _counts(issues: Sequence[Mapping[str, Any]]) -> dict[str, int]:
    counts = Counter(_severity_of(i.get("severity")) for i in issues)
    return {s: counts.get(s, 0) for s in _SEVERITIES}


# --- public API -----------------------------------------------------------------------------


def render_report(
    report: Mapping[str, Any],
    catalog: Catalog,
    *,
    report_dir: Path | None = None,
    rules: Mapping[str, RuleInfo] | None = None,
    mask: bool = False,
    lang: str = "de",
    max_rows_per_code: int = MAX_ROWS_PER_CODE,
) -> str:
    """The HTML report (``<stem>.report.html``) for one JSON report (see :mod:`importer.report`).

    ``report_dir`` is the folder the HTML file is written to; outputs are linked relative to
    it (default: the folder of ``outputs.report_html``, else of ``outputs.report_json``).
    ``rules`` maps finding codes to titles and hints (default: ``importer.rules.RULES``; a code
    without an entry is shown as it is). ``mask`` hides personal data so the page can go to support.
    At most ``max_rows_per_code`` findings are listed per code; a note counts the rest.
    """
    _check_lang(lang)
    with language(lang):
        context = _report_context(
            report,
            catalog,
            report_dir=report_dir,
            rules=load_rules() if rules is None else rules,
            mask=mask,
            lang=lang,
            max_rows=max_rows_per_code,
        )
        return ENV.get_template("report.html").render(context)


def _report_context(
    report: Mapping[str, Any],
    catalog: Catalog,
    *,
    report_dir: Path | None,
    rules: Mapping[str, Any],
    mask: bool,
    lang: str,
    max_rows: int,
) -> dict[str, Any]:
    """Everything ``report.html`` shows, prepared (labelled, masked, linked) for the template."""
    outputs = report.get("outputs") or {}
    if report_dir is None:
        anchor_file = outputs.get("report_html") or outputs.get("report_json")
        report_dir = Path(str(anchor_file)).parent if anchor_file else Path()
    columns = report.get("columns") or []
    targets = {str(c.get("source")): str(c["target"]) for c in columns if c.get("target")}
    found = report.get("issues") or []
    totals: dict[str, tuple[int, str]] | None = None
    if isinstance(found, IssueList):
        # Columnar findings (a large file): count in polars, make rows only for what is shown.
        issues, totals, counts, total = _shown_issues(found, max_rows)
    else:
        issues = list(found)
        counts, total = _counts(issues), len(issues)
    issue_columns = sorted({str(i["column"]) for i in issues if i.get("column") is not None})
    column_index = {name: n for n, name in enumerate(issue_columns)}
    column_options = [(n, name) for n, name in enumerate(issue_columns)]
    if any(i.get("column") is None for i in issues):
        column_index[""] = len(issue_columns)
        column_options.append((len(issue_columns), msg("html-file-wide", lang=lang)))
    groups = _issue_groups(
        issues,
        rules,
        _Masker(mask, targets),
        lang,
        column_index=column_index,
        max_rows=max_rows,
        has_rejected=bool(outputs.get("rejected")),
        totals=totals,
    )
    size = report.get("size") or {}
    limit = int(size.get("limit") or catalog.settings.get("upload_limit_bytes", 2_000_000))
    uploads = _uploads(report, report_dir, limit, lang)
    verdict = str(report.get("verdict") or "attention")
    if verdict not in ("ready", "attention", "unusable"):
        verdict = "attention"
    present: dict[str, str] = {}
    for col in columns:
        if col.get("target"):
            present.setdefault(str(col["target"]), str(col.get("source", "")))
    input_name = PurePath(str((report.get("input") or {}).get("path") or "")).name
    script, script_hash = _inline_script("filter.js")
    mapped = _columns(report, lang)
    return {
        "lang": lang,
        "t": _translator(lang),
        "csp": _csp(script_hash),
        "script": script,
        "title": msg("html-report-title", lang=lang, name=input_name),
        "input_name": input_name,
        "sha256": (report.get("input") or {}).get("sha256"),
        "date": _build_date(),
        "version": str((report.get("tool") or {}).get("version") or _version()),
        "masked": mask,
        "verdict": verdict,
        "verdict_label": msg(f"verdict-{verdict}", lang=lang),
        "next_step": _next_step(verdict, uploads, lang),
        "counts": counts,
        "size_bar": _bar(int(size.get("bytes") or 0), limit, lang),
        "over_limit": bool(size.get("over_limit")),
        "uploads": uploads,
        "facts": _file_facts(report, lang),
        "columns": mapped,
        "unmapped": [c for c in mapped if not c["target"]],
        "reference": _reference_rows(
            catalog, rules, lang, present=present, anchors={g.code: g.anchor for g in groups}
        ),
        "legend": _provenance_legend(lang),
        "groups": groups,
        # Rendered once, not per finding row (a template call per row was the slowest part of a page).
        "badges": {sev: _badge(sev, lang) for sev in _SEVERITIES},
        "dash": msg("html-dash", lang=lang),
        "file_wide": msg("html-file-wide", lang=lang),
        "issue_columns": column_options,
        "issue_total": total,
        "outputs": _outputs(report, report_dir, lang),
        "assumptions": _assumptions(report, catalog, lang),
    }


def render_reference(
    catalog: Catalog,
    synonyms_by_column: Mapping[str, Sequence[str]],
    lang: str = "de",
    *,
    rules: Mapping[str, RuleInfo] | None = None,
) -> str:
    """The standalone quick reference (``lexoffice-import reference``).

    Every catalog column with its description, rules, example and provenance, and the
    header names recognised for it (``synonyms_by_column``: lexoffice column → headers).
    """
    _check_lang(lang)
    with language(lang):
        rule_map: Mapping[str, Any] = load_rules() if rules is None else rules
        settings = catalog.settings
        context = {
            "lang": lang,
            "t": _translator(lang),
            "csp": _csp(None),
            "title": msg("html-reference-title", lang=lang),
            "date": _build_date(),
            "version": _version(),
            "reference": _reference_rows(catalog, rule_map, lang, synonyms=synonyms_by_column),
            "legend": _provenance_legend(lang),
            "howto": msg(
                "html-reference-howto",
                lang=lang,
                limit=format_size(settings.get("upload_limit_bytes", 2_000_000), lang),
            ),
            "ranges": msg(
                "html-reference-ranges",
                lang=lang,
                cmin=catalog.customer_range[0],
                cmax=catalog.customer_range[1],
                smin=catalog.supplier_range[0],
                smax=catalog.supplier_range[1],
            ),
            "assumptions": _assumptions({}, catalog, lang),
        }
        return ENV.get_template("reference.html").render(context)


def render_index(entries: Sequence[Mapping[str, Any]], *, index_dir: Path, lang: str = "de") -> str:
    """``index.html`` for ``check`` with several files: one line per file with a link to its report.

    Each entry is a JSON report (``input.path``, ``verdict``, ``rows``, ``issues`` or
    ``issue_counts``, ``outputs.report_html``), or for a file that could not be checked
    ``{"input": {"path": ...}, "verdict": "unusable", "error": "<message>"}``.
    Reports are linked relative to ``index_dir``, the folder ``index.html`` goes to.
    """
    _check_lang(lang)
    rows = []
    totals = Counter[str]()
    for entry in entries:
        path = str((entry.get("input") or {}).get("path") or "")
        verdict = str(entry.get("verdict") or "unusable")
        if verdict not in ("ready", "attention", "unusable"):
            verdict = "attention"
        issues = entry.get("issues")
        if isinstance(issues, list):
            counts = _counts(issues)
        else:
            by_severity = (entry.get("issue_counts") or {}).get("by_severity") or {}
            counts = {s: int(by_severity.get(s, 0)) for s in _SEVERITIES}
        row_counts = entry.get("rows") or {}
        numbers = {
            "read": int(row_counts.get("read") or 0),
            "uploaded": int(row_counts.get("uploaded") or 0),
            "rejected": int(row_counts.get("rejected") or 0),
            **counts,
        }
        totals.update(numbers)
        report_html = (entry.get("outputs") or {}).get("report_html")
        rows.append(
            {
                "name": PurePath(path).name or path,
                "verdict": verdict,
                "verdict_label": msg(f"verdict-{verdict}", lang=lang),
                "numbers": {k: format_number(v, lang) for k, v in numbers.items()},
                "error": _text(entry.get("error")),
                "link": _file_link(str(report_html), index_dir) if report_html else None,
            }
        )
    keys = ("read", "uploaded", "rejected", *_SEVERITIES)
    context = {
        "lang": lang,
        "t": _translator(lang),
        "csp": _csp(None),
        "title": msg("html-index-title", lang=lang),
        "date": _build_date(),
        "version": _version(),
        "rows": rows,
        "count": format_number(len(rows), lang),
        "totals": {k: format_number(totals.get(k, 0), lang) for k in keys},
    }
    return ENV.get_template("index.html").render(context)


def _version() -> str:
    from importer import __version__

    return __version__
