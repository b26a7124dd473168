"""A page printed to PDF by the system's Chromium, headless: nothing is downloaded.

``lexoffice-import reference --pdf FILE`` prints the quick reference this way (its print
style sheet makes two A4 pages). Chromium is looked up as ``$CHROMIUM`` or on the ``PATH``
(``chromium``, ``chromium-browser``, ``google-chrome``); when there is none, the error says
what to install and that the HTML page can be printed from any browser instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Final

from importer.errors import ConfigurationError
from importer.messages import msg

#: Program names of Chromium (and Chrome, which prints the same way) on the PATH.
BROWSERS: Final = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
#: Headless, offline, no profile of the user's: the page itself loads nothing (its CSP forbids it).
_FLAGS: Final = (
    "--headless=new",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--no-first-run",
    "--no-default-browser-check",
    "--no-pdf-header-footer",
)
#: Seconds Chromium may take to print.
TIMEOUT: Final = 120


def find_chromium() -> str | None:
    """The Chromium to print with: ``$CHROMIUM`` when set, else the first of :data:`BROWSERS` on the PATH."""
    given = os.environ.get("CHROMIUM")
    if given:
        return given if Path(given).is_file() else None
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


def print_pdf(html: str) -> bytes:
    """``html`` printed to PDF (A4, as its print style sheet says) by headless Chromium.

    Raises :class:`ConfigurationError` (exit 2) when no Chromium is found or it fails to print.
    """
    browser = find_chromium()
    if browser is None:
        raise ConfigurationError(msg("pdf-no-chromium", names=", ".join(BROWSERS)))
    with tempfile.TemporaryDirectory(prefix="lexoffice-import-") as folder:
        page = Path(folder) / "schnellreferenz.html"
        target = Path(folder) / "schnellreferenz.pdf"
        page.write_text(html, encoding="utf-8")
        command = [
            browser,
            *_FLAGS,
            f"--user-data-dir={Path(folder) / 'profile'}",
            f"--print-to-pdf={target}",
        ]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            command.append("--no-sandbox")  # Chromium refuses to run as root with its sandbox
        command.append(page.as_uri())
        try:
            done = subprocess.run(command, capture_output=True, timeout=TIMEOUT, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise ConfigurationError(msg("pdf-failed", browser=browser, detail=type(exc).__name__)) from None
        data = target.read_bytes() if target.exists() else b""
        if done.returncode != 0 or not data.startswith(b"%PDF"):
            detail = f"Exit-Code {done.returncode}"
            raise ConfigurationError(msg("pdf-failed", browser=browser, detail=detail))
        return data
