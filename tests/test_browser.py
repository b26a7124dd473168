"""The HTML report in a real browser: headless Chromium (Debian's package) driven by selenium.

Skipped when Chromium, chromedriver or selenium is missing, unless ``REQUIRE_BROWSER=1``
(CI sets it), then it fails. Nothing is downloaded: the driver and browser paths are given.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from importer.catalog import load_catalog
from importer.html import render_report

pytestmark = pytest.mark.browser

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMEDRIVER = Path(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
FIXTURE = Path(__file__).parent / "data" / "html" / "report.json"
CHROME_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--no-first-run",
    "--no-default-browser-check",
    "--window-size=1280,1000",
)


def _missing() -> str | None:
    """What is missing to run the browser tests, or None."""
    for path in (CHROMIUM, CHROMEDRIVER):
        if not path.exists():
            return f"{path} fehlt (make browser-deps)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium fehlt (pip install --group test)"
    return None


@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """One headless Chromium for the module, with its console log collected."""
    missing = _missing()
    if missing is not None:
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(f"REQUIRE_BROWSER=1, aber {missing}")
        pytest.skip(missing)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(options=options, service=Service(executable_path=str(CHROMEDRIVER)))
    try:
        yield browser
    finally:
        browser.quit()


@pytest.fixture(scope="module")
def report_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The fixture report rendered to a file, as a file:// URL."""
    folder = tmp_path_factory.mktemp("report") / "out"
    folder.mkdir()
    report = json.loads(FIXTURE.read_text(encoding="utf-8"))
    page = render_report(report, load_catalog(), report_dir=Path("out"))
    target = folder / "kunden.report.html"
    target.write_text(page, encoding="utf-8")
    return target.as_uri()


def _open(driver: Any, url: str) -> None:
    """Load ``url`` fresh and clear the console log collected so far."""
    driver.get("about:blank")
    driver.get_log("browser")
    driver.get(url)


def _visible_severities(driver: Any) -> dict[str, int]:
    """How many finding rows of each severity are displayed."""
    counts: dict[str, int] = {}
    for row in driver.find_elements("css selector", "tr[data-severity]"):
        if row.is_displayed():
            severity = row.get_attribute("data-severity")
            counts[severity] = counts.get(severity, 0) + 1
    return counts


class TestReportInChromium:
    """The report works in headless Chromium."""

    def test_no_console_errors(self, driver: Any, report_url: str) -> None:
        """Loading the page logs nothing at error level (no CSP violation, no script error)."""
        _open(driver, report_url)
        assert driver.title == "Prüfbericht kunden.csv"
        errors = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
        assert errors == []

    def test_severity_filter(self, driver: Any, report_url: str) -> None:
        """Choosing "Fehler" hides warning and fix rows; "alle" shows them again."""
        from selenium.webdriver.support.ui import Select

        _open(driver, report_url)
        assert driver.find_element("id", "filters").is_displayed()
        assert _visible_severities(driver) == {"error": 1, "warning": 2, "fix": 2}
        select = Select(driver.find_element("id", "filter-severity"))
        select.select_by_visible_text("Fehler")
        assert _visible_severities(driver) == {"error": 1}
        hidden = driver.execute_script(
            "return Array.from(document.querySelectorAll('tr[data-severity=warning]')).every(r => r.hidden)"
        )
        assert hidden is True
        assert driver.find_element("id", "filter-count").text == "sichtbare Zeilen: 1"
        groups = [g for g in driver.find_elements("css selector", "section.issue-group") if g.is_displayed()]
        assert len(groups) == 1
        select.select_by_value("")
        assert _visible_severities(driver) == {"error": 1, "warning": 2, "fix": 2}

    def test_column_filter(self, driver: Any, report_url: str) -> None:
        """Choosing a column shows only that column's findings."""
        from selenium.webdriver.support.ui import Select

        _open(driver, report_url)
        Select(driver.find_element("id", "filter-column")).select_by_visible_text("PLZ 1")
        rows = [r for r in driver.find_elements("css selector", "tr[data-severity]") if r.is_displayed()]
        assert len(rows) == 1
        assert "01067" in rows[0].text

    def test_without_javascript(self, driver: Any, report_url: str) -> None:
        """With JavaScript off every finding is visible and the useless filter form is not."""
        driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
        try:
            _open(driver, report_url)
            assert not driver.find_element("id", "filters").is_displayed()
            assert _visible_severities(driver) == {"error": 1, "warning": 2, "fix": 2}
        finally:
            driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})

    def test_print_media(self, driver: Any, report_url: str) -> None:
        """In print media the filters and the contents bar are hidden; A4 printing yields a PDF."""
        _open(driver, report_url)
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        try:
            assert not driver.find_element("id", "filters").is_displayed()
            assert not driver.find_element("css selector", "nav.toc").is_displayed()
        finally:
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        pdf = driver.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True})
        assert len(pdf["data"]) > 10_000

    def test_screenshot(self, driver: Any, report_url: str, tmp_path: Path) -> None:
        """A full-page screenshot is written and is a real PNG of some size."""
        _open(driver, report_url)
        height = int(driver.execute_script("return document.documentElement.scrollHeight"))
        driver.set_window_size(1280, min(height, 8000))
        try:
            target = tmp_path / "report.png"
            assert driver.save_screenshot(str(target))
        finally:
            driver.set_window_size(1280, 1000)
        data = target.read_bytes()
        assert data.startswith(b"\x89PNG\r\n\x1a\n")
        assert len(data) > 50_000
        keep = os.environ.get("BROWSER_SCREENSHOT_DIR")
        if keep:
            shutil.copy(target, Path(keep) / "report.png")
