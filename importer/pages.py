"""The HTML pages' shared machinery, and the two pages besides the report: quick reference and index.

Every page is one self-contained file (inline CSS, a few lines of inline JS in the report,
no fonts, scripts or images from elsewhere) so it works offline and as a mail attachment.
A Content-Security-Policy in each page blocks everything the page does not ship itself.
All text comes from :mod:`importer.messages`; templates call ``t(key, **values)``.

Pages are deterministic: they show a date only when ``SOURCE_DATE_EPOCH`` is set, and
link outputs by paths relative to the page's folder. The report page is :mod:`importer.html`.
"""

from __future__ import annotations

import contextlib
import os
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path, PurePath
from typing import Any, Final, Protocol

from jinja2 import Environment, FileSystemBytecodeCache, PackageLoader, StrictUndefined, select_autoescape
from jinja2.bccache import Bucket

from importer import __version__
from importer import rules as rule_registry
from importer.catalog import Catalog, CatalogColumn
from importer.markup import csp, file_link
from importer.messages import LANGUAGES, MESSAGES, format_number, format_size, language, msg
from importer.vocabulary import load_synonyms


class _BytecodeCache(FileSystemBytecodeCache):
    """jinja's cache in files, where a file it cannot read or write is a miss, not an error: a cache
    file cut short (the disk ran full, the process was killed while writing) made every later
    run end with an internal error (exit 4) until someone deleted the cache (the hostile round
    on environments)."""

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # pickle's and marshal's errors for a damaged file: compile afresh
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):  # a full or read-only disk: compiled again next time
            super().dump_bytecode(bucket)


def _bytecode_cache() -> FileSystemBytecodeCache | None:
    """Compiled templates kept in the user's cache folder (XDG), so later runs skip compiling.

    Keyed by version; when the folder cannot be made (read-only home), templates are compiled
    each run as usual. A relative ``XDG_CACHE_HOME`` is ignored, as the XDG specification says
    (it made a ``.cache`` folder in whatever folder a run started in), and a home folder that
    does not exist is not created (``HOME=/nonexistent`` of a service account, as root).
    """
    configured = os.environ.get("XDG_CACHE_HOME", "")
    if configured and Path(configured).is_absolute():
        base = Path(configured)
    else:
        try:
            home = Path.home()
        except (RuntimeError, KeyError):  # no HOME and no user entry
            return None
        if not home.is_dir():
            return None
        base = home / ".cache"
    folder = base / "lexoffice-import" / f"jinja-{__version__}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return _BytecodeCache(str(folder))


ENV: Final = Environment(
    loader=PackageLoader("importer"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
    bytecode_cache=_bytecode_cache(),
)


SEVERITIES: Final = ("error", "warning", "fix")


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


def translator(lang: str) -> Callable[..., str]:
    """``t(key, **values)`` for templates: the message in ``lang``."""

    def t(key: str, /, **values: object) -> str:
        return msg(key, lang=lang, **values)

    return t


def check_lang(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; known: {', '.join(LANGUAGES)}")


def build_date() -> str | None:
    """The UTC date of ``SOURCE_DATE_EPOCH`` (reproducible builds), or nothing."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not raw:
        return None
    try:
        return datetime.fromtimestamp(int(raw), tz=UTC).date().isoformat()
    except (ValueError, OverflowError, OSError):
        return None


def rule_text(rule: object | None, attr: str) -> str | None:
    """``rule.title`` or ``rule.hint`` (rendered in the active language), or nothing when it has none."""
    if rule is None:
        return None
    try:
        value = getattr(rule, attr, None)
    except LookupError:  # a rule whose message is not written yet
        return None
    return value if isinstance(value, str) and value else None


def severity_of(value: object) -> str:
    """``Severity.ERROR``/``"error"`` → ``"error"``; anything unknown counts as a warning."""
    text = str(getattr(value, "value", value))
    return text if text in SEVERITIES else "warning"


def load_rules() -> Mapping[str, Any]:
    """The rule registry (:data:`importer.rules.RULES`): titles and hints per finding code."""
    return rule_registry.RULES


def label(key: str, lang: str, fallback: str, **values: object) -> str:
    """The message ``key`` when the catalog has it, else ``fallback`` (e.g. an unknown method name)."""
    return msg(key, lang=lang, **values) if key in MESSAGES else fallback


def reference_rows(
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
                "group_label": label(f"html-group-{column.group}", lang, column.group),
                "role": label(f"html-role-{column.role}", lang, column.role),
                "description": _description(column, lang),
                "max_length": column.max_length,
                "max_length_note": column.max_length is not None
                and str(column.max_length) not in _description(column, lang),
                "rules": [
                    {
                        "code": code,
                        "title": rule_text(rules.get(code), "title"),
                        "anchor": (anchors or {}).get(code),
                    }
                    for code in column.rules
                ],
                "example": column.example,
                "provenance": column.provenance,
                "provenance_label": label(f"html-prov-{column.provenance}", lang, column.provenance),
                "provenance_explain": label(f"html-prov-{column.provenance}-explain", lang, ""),
                "present": None if present is None else present.get(column.name),
                "synonyms": list(dict.fromkeys(str(n) for n in (synonyms or {}).get(column.name, ()))),
            }
        )
    return rows


#: The command lines the printed quick reference lists, each with the message that explains it.
QUICK_OPTIONS: Final = (
    ("lexoffice-import check kunden.csv", "html-quick-option-check"),
    ("--renumber clear", "html-quick-option-renumber"),
    ("--encoding cp1252", "html-quick-option-encoding"),
    ('--delimiter ";"', "html-quick-option-delimiter"),
    ('--map "Matchcode=Firmenname"', "html-quick-option-map"),
    ("--kind kunden", "html-quick-option-kind"),
    ("--inactive reject", "html-quick-option-inactive"),
    ("--phone-format e164", "html-quick-option-phone"),
    ("lexoffice-import template --example", "html-quick-option-template"),
)


def quick_rows(catalog: Catalog, lang: str) -> list[dict[str, Any]]:
    """One short line per catalog column for the printed quick reference: name, who needs it,
    whether it must be filled, its rule, an example and its length limit."""
    settings = {name: str(value) for name, value in catalog.settings.items()}
    rows = []
    for column in catalog.columns:
        summary = column.summary_en if lang == "en" and column.summary_en else column.summary
        with contextlib.suppress(KeyError, IndexError, ValueError):  # a catalog file's text with other braces
            summary = summary.format(**settings)
        rows.append(
            {
                "name": column.name,
                "group": column.group,
                "group_label": label(f"html-group-{column.group}", lang, column.group),
                "role": label(f"html-role-{column.role}", lang, column.role),
                "required": label(f"html-required-{column.required}", lang, column.required),
                "required_key": column.required,
                "summary": summary or _description(column, lang),
                "example": column.example,
                "max_length": "" if column.max_length is None else format_number(column.max_length, lang),
                "assumed": column.max_length_provenance == "inferred",
                "provenance": column.provenance,
                "provenance_label": label(f"html-prov-{column.provenance}", lang, column.provenance),
            }
        )
    return rows


def _description(column: CatalogColumn, lang: str) -> str:
    return column.description_en if lang == "en" and column.description_en else column.description


def provenance_legend(lang: str) -> list[dict[str, str]]:
    return [
        {
            "key": key,
            "label": msg(f"html-prov-{key}", lang=lang),
            "explain": msg(f"html-prov-{key}-explain", lang=lang),
        }
        for key in ("official", "export", "inferred")
    ]


def assumptions(report: Mapping[str, Any], catalog: Catalog, lang: str) -> list[dict[str, str]]:
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
            # the web page's wording stays the web page's (it names no command-line option)
            text = known[key].text("en", web=text == known[key].de_web)
        elif not text and key in known:
            text = known[key].de
        result.append({"key": key, "text": text})
    return result


def text_or_none(value: object) -> str | None:
    return None if value is None else str(value)


def severity_counts(issues: Sequence[Mapping[str, Any]]) -> dict[str, int]:
    counts = Counter(severity_of(i.get("severity")) for i in issues)
    return {s: counts.get(s, 0) for s in SEVERITIES}


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
    check_lang(lang)
    with language(lang):
        rule_map: Mapping[str, Any] = load_rules() if rules is None else rules
        settings = catalog.settings
        context = {
            "lang": lang,
            "t": translator(lang),
            "csp": csp(None),
            "title": msg("html-reference-title", lang=lang),
            "date": build_date(),
            "version": version(),
            "reference": reference_rows(catalog, rule_map, lang, synonyms=synonyms_by_column),
            "quick": quick_rows(catalog, lang),
            "quick_options": [(command, msg(key, lang=lang)) for command, key in QUICK_OPTIONS],
            "legend": provenance_legend(lang),
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
            "assumptions": assumptions({}, catalog, lang),
        }
        return ENV.get_template("reference.html").render(context)


def reference_page(catalog: Catalog, lang: str = "de") -> str:
    """The quick reference of ``catalog`` with the header names the mapper knows for each column."""
    synonyms = load_synonyms()
    known = {
        name: (*synonyms.synonyms.get(name, ()), *synonyms.weak.get(name, ())) for name in catalog.names()
    }
    return render_reference(catalog, known, lang=lang)


def batch_summary(verdicts: Iterable[str], lang: str | None = None) -> str:
    """The one line closing a ``check`` run (and heading ``index.html``): files per verdict.

    ``verdicts``: each file's ``ready``, ``attention``, ``unusable`` or ``error`` (could not be
    checked for another reason: an output in the way, the environment). The ``error`` count is
    shown only when there is one.
    """
    counts = Counter(verdicts)
    n = sum(counts.values())
    numbers = {k: format_number(counts.get(k, 0), lang) for k in ("ready", "attention", "unusable", "error")}
    if counts.get("error"):  # "8 Dateien geprüft: …, 6 nicht geprüft" said both of six files
        checked = format_number(n - counts["error"], lang)
        key = "batch-summary-unchecked-one" if n == 1 else "batch-summary-unchecked"
        return msg(key, lang=lang, n=format_number(n, lang), checked=checked, **numbers) + "."
    line = msg(
        "batch-summary-one" if n == 1 else "batch-summary", lang=lang, n=format_number(n, lang), **numbers
    )
    return line + "."


def render_index(entries: Sequence[Mapping[str, Any]], *, index_dir: Path, lang: str = "de") -> str:
    """``index.html`` for ``check`` with several files: one line per file with a link to its report.

    Each entry is a JSON report (``input.path``, ``verdict``, ``rows``, ``issues`` or
    ``issue_counts``, ``outputs.report_html``), or for a file that could not be checked
    ``{"input": {"path": ...}, "verdict": "unusable", "error": "<message>"}``.
    Reports are linked relative to ``index_dir``, the folder ``index.html`` goes to.
    """
    check_lang(lang)
    rows = []
    verdicts: list[str] = []
    totals = Counter[str]()
    for entry in entries:
        path = str((entry.get("input") or {}).get("path") or "")
        verdict = str(entry.get("verdict") or "unusable")
        if verdict not in ("ready", "attention", "unusable", "error"):
            verdict = "attention"
        verdicts.append(verdict)
        issues = entry.get("issues")
        if isinstance(issues, list) and "issue_counts" not in entry:
            counts = severity_counts(issues)
        else:  # "issues" lists errors and warnings only, at most 1,000 per code; these count all
            by_severity = (entry.get("issue_counts") or {}).get("by_severity") or {}
            counts = {s: int(by_severity.get(s, 0)) for s in SEVERITIES}
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
                "error": text_or_none(entry.get("error")),
                "link": file_link(str(report_html), index_dir) if report_html else None,
            }
        )
    keys = ("read", "uploaded", "rejected", *SEVERITIES)
    context = {
        "lang": lang,
        "t": translator(lang),
        "csp": csp(None),
        "title": msg("html-index-title", lang=lang),
        "date": build_date(),
        "version": version(),
        "rows": rows,
        "count": format_number(len(rows), lang),
        "totals": {k: format_number(totals.get(k, 0), lang) for k in keys},
        "summary": batch_summary(verdicts, lang),
    }
    return ENV.get_template("index.html").render(context)


def version() -> str:
    """The tool's version, shown in every page's footer."""
    return __version__
