"""Every piece of HTML the pages build outside their autoescaping templates, in one place.

The templates escape every value they print (:data:`importer.pages.ENV` autoescapes); what is
built here is marked safe, so each function escapes what goes into it: message texts are escaped
before their placeholders are filled, values are filled in by :meth:`Markup.format` (which
escapes them), and links are percent-encoded, so a file name can never become a
``javascript:`` link. The Content-Security-Policy of each page is written here too. These are
the functions ``make mutate`` holds to zero survivors for the HTML escaping.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path, PurePath
from urllib.parse import quote

from markupsafe import Markup, escape

from importer.messages import msg, template


def markup_translator(lang: str) -> Callable[..., Markup]:
    """Like ``t`` but for values that are already HTML (links): the message text itself is escaped."""

    def tm(key: str, /, **values: object) -> Markup:
        return Markup(escape(template(key, lang))).format(**values)

    return tm


def badge(severity: str, lang: str) -> Markup:
    """The severity label of a finding (``Fehler``, ``Warnung``, ``Korrektur``) as a badge."""
    label = msg(f"html-sev-{severity}", lang=lang)
    return Markup('<span class="sev sev-{}">{}</span>').format(severity, label)


def join(items: Sequence[Markup], lang: str) -> Markup:
    """``a``, ``a und b``, ``a, b und c``."""
    if len(items) <= 1:
        return items[0] if items else Markup("")
    head = Markup(", ").join(items[:-1])
    return Markup("{} {} {}").format(head, msg("html-and", lang=lang), items[-1])


def as_code(text: object) -> Markup:
    """``text`` as inline code, escaped."""
    return Markup("<code>{}</code>").format(text)


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


def file_link(path: str, base_dir: Path) -> Markup:
    """A link to an output file, relative to the page's folder, showing its path as code."""
    href, text = relative_link(path, base_dir)
    return Markup('<a href="{}"><code>{}</code></a>').format(href, text)


def csp(script_hash: str | None) -> str:
    """A policy that lets the page load nothing from anywhere; only its own inline style and script run."""
    script = script_hash if script_hash else "'none'"
    return (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src {script}; base-uri 'none'; form-action 'none'"
    )
