"""The HTML report of one checked file (``<stem>.report.html``), rendered from its JSON report.

Verdict, file facts, upload files with their size against the limit, the column mapping, the
quick reference of the columns present, and the findings grouped by code (at most
:data:`MAX_ROWS_PER_CODE` each, filterable). The shared page machinery is :mod:`importer.pages`,
the masking of personal data :mod:`importer.masking`.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any, Final

import polars as pl
from markupsafe import Markup

from importer.catalog import Catalog
from importer.issues import IssueList
from importer.markup import as_code, badge, csp, file_link, join, markup_translator
from importer.masking import Masker
from importer.messages import (
    MESSAGES,
    counted,
    delimiter_name,
    format_number,
    format_size,
    language,
    line_ending_name,
    msg,
    shell_arg,
)
from importer.pages import (
    ENV,
    SEVERITIES,
    RuleInfo,
    assumptions,
    build_date,
    check_lang,
    label,
    load_rules,
    provenance_legend,
    reference_rows,
    rule_text,
    severity_counts,
    severity_of,
    text_or_none,
    translator,
    version,
)
from importer.report import ISSUES_PER_CODE

#: Findings shown per code in the report; the rest are counted and left to the JSON report.
MAX_ROWS_PER_CODE: Final = 200


_ROLES: Final = ("customers", "suppliers")


def _share(part: float, whole: float) -> float:
    """``part`` as a percentage of ``whole`` (0 when ``whole`` is 0)."""
    return 100.0 * part / whole if whole else 0.0


def _percent(score: object, lang: str) -> str:
    """A mapping score (0–1, or already 0–100) as ``93 %``; empty for a missing or zero score."""
    if not isinstance(score, int | float) or isinstance(score, bool) or score <= 0:
        return ""
    value = score * 100 if score <= 1 else score
    return f"{format_number(value, lang)} %"


def _inline_script(name: str) -> tuple[Markup, str]:
    """The script template ``name`` and its CSP hash source (``'sha256-…'``)."""
    source = ENV.get_template(name).render()
    digest = base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")
    return Markup(source), f"'sha256-{digest}'"


def _next_step(verdict: str, uploads: list[dict[str, Any]], lang: str) -> Markup:
    """One sentence: which file to upload where, or what to do first."""
    tm = markup_translator(lang)
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
        sentences.append(tm(key, files=join(links, lang), action=msg(action_key, lang=lang)))
    return Markup(" ").join(sentences)


def _round_steps(report: Mapping[str, Any], lang: str) -> list[Markup]:
    """The correction round trip: this round and the earlier ones, and how to correct what is left."""
    tm = markup_translator(lang)
    found = report.get("round") or {}
    steps: list[Markup] = []
    number = int(found.get("number") or 1)
    rows = report.get("rows") or {}
    if found.get("uploads_replaced"):
        key = "round-uploads-replaced-settings" if found.get("uploads_replaced_by") == "settings" else None
        steps.append(tm(key or "round-uploads-replaced", files=", ".join(found["uploads_replaced"])))
    if found.get("context_missing"):
        steps.append(tm("html-round-context-missing"))
    elif number > 1:
        steps.append(
            tm(
                "html-round-summary",
                round=number,
                stem=as_code(found.get("stem", "")),
                corrected=counted("count-corrected-rows", int(found.get("rows_corrected", 0))),
                uploaded=rows.get("uploaded", 0),
                rejected=rows.get("rejected", 0),
            )
        )
        history = found.get("history") or []
        lines = [
            tm(
                "html-round-line",
                round=h.get("round"),
                checked=h.get("rows_checked"),
                uploaded=h.get("rows_uploaded"),
                rejected=h.get("rows_rejected"),
            )
            for h in history
        ]
        steps.append(Markup("; ").join(lines))
        balance = found.get("accounting") or {}
        missing = balance.get("rows_missing") or []
        steps.append(
            tm(
                "html-round-balance",
                original=balance.get("rows_original", 0),
                uploaded=sum(balance.get("uploaded_per_round") or []),
                rejected=balance.get("still_rejected", 0),
                missing=tm(
                    "html-round-missing-one" if len(missing) == 1 else "html-round-missing",
                    count=len(missing),
                    rows=", ".join(map(str, missing)),
                )
                if missing
                else "",
            )
        )
        taken = found.get("settings_taken") or []
        if taken:
            steps.append(tm("round-settings-taken", options=as_code(" ".join(taken))))
    rejected = (report.get("outputs") or {}).get("rejected")
    if rejected:
        path = str(rejected)
        shown = shell_arg(path)
        steps.append(
            tm(
                "html-next-correct",
                rejected=as_code(PurePath(path).name),
                command=as_code(f"lexoffice-import check {shown}"),
                next=number + 1,
            )
        )
    return steps


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
                "method": label(f"html-method-{method}", lang, method),
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
    masker: Masker,
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
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    groups = []
    for code, items in by_code.items():
        rule = rules.get(code)
        worst = min((severity_of(i.get("severity")) for i in items), key=rank.__getitem__)
        count = len(items)
        if totals is not None and code in totals:
            count, worst = totals[code][0], severity_of(totals[code][1])
        rows = [_issue_row(issue, masker, column_index) for issue in items[:max_rows]]
        more = count - len(rows)
        more_key = "html-issues-more-rejected" if has_rejected and worst == "error" else "html-issues-more"
        if worst == "fix":
            more_key = "html-fixes-more"
        groups.append(
            _IssueGroup(
                code=code,
                title=rule_text(rule, "title"),
                hint=rule_text(rule, "hint"),
                severity=worst,
                count=count,
                count_label=format_number(count, lang),
                rows=rows,
                more=msg(
                    more_key, lang=lang, n=format_number(more, lang), cap=format_number(ISSUES_PER_CODE, lang)
                )
                if more > 0
                else None,
            )
        )
    groups.sort(key=lambda g: (rank[g.severity], -g.count, g.code))
    for i, group in enumerate(groups, start=1):
        group.anchor = f"issues-{i}"
    return groups


def _issue_row(issue: Mapping[str, Any], masker: Masker, column_index: Mapping[str, int]) -> dict[str, Any]:
    """One finding for the table: masked value, fix as before → after, message with masked quotes."""
    column = text_or_none(issue.get("column"))
    raw = text_or_none(issue.get("value"))
    fixed = text_or_none(issue.get("fixed_value"))
    value = masker.value(raw, column)
    fixed_shown = masker.value(fixed, column)
    return {
        "row": int(issue.get("row") or 0),
        "line": int(issue.get("line") or 0),
        "column": column,
        "column_index": column_index.get(column if column is not None else "", -1),
        "value": value,
        "fixed": fixed_shown if fixed is not None and fixed != raw else None,
        "severity": severity_of(issue.get("severity")),
        "message": masker.message(
            str(issue.get("message") or ""), [(raw, value), (fixed, fixed_shown)], column
        ),
    }


def _uploads(report: Mapping[str, Any], base_dir: Path, limit: int, lang: str) -> list[dict[str, Any]]:
    outputs = report.get("outputs") or {}
    result = []
    for upload in outputs.get("upload") or []:
        role = str(upload.get("role") or "")
        size = int(upload.get("bytes") or 0)
        result.append(
            {
                "link": file_link(str(upload.get("path", "")), base_dir),
                "role_key": role,
                "role": label(f"html-role-{role}", lang, role),
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
        {"label": msg("html-out-upload", lang=lang), "link": file_link(str(u.get("path", "")), base_dir)}
        for u in outputs.get("upload") or []
    ]
    for key, label_key in (
        ("rejected", "html-out-rejected"),
        ("unmapped", "html-out-unmapped"),
        ("report_json", "html-out-report-json"),
        ("report_html", "html-out-report-html"),
    ):
        path = outputs.get(key)
        if path:
            items.append({"label": msg(label_key, lang=lang), "link": file_link(str(path), base_dir)})
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
        "delimiter": delimiter_name(delimiter, lang),
        "delimiter_evidence": str(dialect.get("evidence") or ""),
        "line_ending": line_ending_name(terminator, lang),
        "preamble": _preamble(report.get("preamble"), lang),
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


def _preamble(found: object, lang: str) -> dict[str, Any] | None:
    """The skipped lines above the header, labelled (None when there were none)."""
    if not isinstance(found, Mapping):
        return None
    lines = [str(line) for line in found.get("text") or []]
    kind = "datev" if found.get("kind") == "datev" else "title"
    return {"label": msg(f"preamble-{kind}", lang=lang, lines=len(lines)), "lines": lines}


def _shown_issues(
    found: IssueList, max_rows: int
) -> tuple[list[dict[str, Any]], dict[str, tuple[int, str]], dict[str, int], int]:
    """The first ``max_rows`` findings per code as dicts, each code's count and worst severity, and totals."""
    frame = found.frame
    shown = frame.filter(pl.int_range(pl.len()).over("code") < max_rows).to_dicts()
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    per_code = frame.group_by("code").agg(pl.len().alias("n"), pl.col("severity").unique().alias("levels"))
    totals = {
        str(code): (int(n), min((severity_of(v) for v in levels), key=rank.__getitem__))
        for code, n, levels in per_code.iter_rows()
    }
    by_severity = found.counts()["by_severity"]
    counts = {s: int(by_severity.get(s, 0)) for s in SEVERITIES}
    return shown, totals, counts, len(found)


def _fix_rows(changes: Sequence[Mapping[str, Any]], max_rows: int) -> list[dict[str, Any]]:
    """The report's ``fixes`` (one entry per change) as finding rows, one per listed row, by row;
    at most ``max_rows`` per code."""
    rows: list[dict[str, Any]] = []
    for change in changes:
        for row, line in zip(change.get("rows") or [], change.get("lines") or [], strict=False):
            rows.append(
                {
                    "row": row,
                    "line": line,
                    "column": change.get("column"),
                    "value": change.get("value"),
                    "code": change.get("code"),
                    "severity": "fix",
                    "message": change.get("message"),
                    "fixed_value": change.get("fixed_value"),
                }
            )
    rows.sort(key=lambda r: (str(r["code"]), int(r["row"] or 0)))
    shown: dict[str, int] = {}
    kept = []
    for row in rows:
        code = str(row["code"])
        shown[code] = shown.get(code, 0) + 1
        if shown[code] <= max_rows:
            kept.append(row)
    return kept


def _totals(issues: Sequence[Mapping[str, Any]], by_code: Mapping[str, Any]) -> dict[str, tuple[int, str]]:
    """Each listed code's count (``issue_counts.by_code``, else as listed) and its worst severity."""
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    worst: dict[str, str] = {}
    listed: dict[str, int] = {}
    for issue in issues:
        code, severity = str(issue.get("code", "?")), severity_of(issue.get("severity"))
        listed[code] = listed.get(code, 0) + 1
        if code not in worst or rank[severity] < rank[worst[code]]:
            worst[code] = severity
    return {code: (int(by_code.get(code, listed[code])), worst[code]) for code in worst}


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
    check_lang(lang)
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
        counts, total = severity_counts(issues), len(issues)
    fixes = _fix_rows(report.get("fixes") or [], max_rows)
    if fixes or report.get("issues_omitted"):
        # A report of version 1 with aggregated fixes: "issues" lists errors and warnings (capped),
        # "fixes" the changes; "issue_counts" counts every finding.
        issues += fixes
        by_code = (report.get("issue_counts") or {}).get("by_code") or {}
        by_severity = (report.get("issue_counts") or {}).get("by_severity") or {}
        totals = _totals(issues, by_code)
        counts = {s: int(by_severity.get(s, 0)) for s in SEVERITIES}
        total = sum(counts.values())
    issue_columns = sorted({str(i["column"]) for i in issues if i.get("column") is not None})
    column_index = {name: n for n, name in enumerate(issue_columns)}
    column_options = [(n, name) for n, name in enumerate(issue_columns)]
    if any(i.get("column") is None for i in issues):
        column_index[""] = len(issue_columns)
        column_options.append((len(issue_columns), msg("html-file-wide", lang=lang)))
    groups = _issue_groups(
        issues,
        rules,
        Masker(mask, targets),
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
        "t": translator(lang),
        "csp": csp(script_hash),
        "script": script,
        "title": msg("html-report-title", lang=lang, name=input_name),
        "input_name": input_name,
        "sha256": (report.get("input") or {}).get("sha256"),
        "date": build_date(),
        "version": str((report.get("tool") or {}).get("version") or version()),
        "masked": mask,
        "verdict": verdict,
        "verdict_label": msg(f"verdict-{verdict}", lang=lang),
        "next_step": _next_step(verdict, uploads, lang),
        "round_steps": _round_steps(report, lang),
        "counts": counts,
        "size_bar": _bar(int(size.get("bytes") or 0), limit, lang),
        "over_limit": bool(size.get("over_limit")),
        "uploads": uploads,
        "facts": _file_facts(report, lang),
        "columns": mapped,
        "unmapped": [c for c in mapped if not c["target"]],
        "reference": reference_rows(
            catalog, rules, lang, present=present, anchors={g.code: g.anchor for g in groups}
        ),
        "legend": provenance_legend(lang),
        "groups": groups,
        # Rendered once, not per finding row (a template call per row was the slowest part of a page).
        "badges": {sev: badge(sev, lang) for sev in SEVERITIES},
        "dash": msg("html-dash", lang=lang),
        "file_wide": msg("html-file-wide", lang=lang),
        "issue_columns": column_options,
        "issue_total": total,
        "outputs": _outputs(report, report_dir, lang),
        "assumptions": assumptions(report, catalog, lang),
    }
