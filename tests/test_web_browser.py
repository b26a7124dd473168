"""The web page end to end in headless Chromium (Debian's package, driven by selenium; nothing is
downloaded): upload the bundled example, read the verdict, change a column's mapping, correct a
rejected row in the table, download the corrected upload file and check its content."""

from __future__ import annotations

import csv
import io
import socket
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_browser import driver  # noqa: F401  (the shared headless-Chromium fixture)

from importer.messages import msg
from importer.web import WebSettings, create_app

pytestmark = pytest.mark.browser

EXAMPLE = Path(__file__).resolve().parents[1] / "reference" / "examples" / "faktura-kunden.csv"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app served by uvicorn on a free loopback port, in a thread; its base URL."""
    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = create_app(WebSettings(root=tmp_path_factory.mktemp("web-sessions")))
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not instance.started:
        if time.monotonic() > deadline:
            pytest.fail("the web server did not start within 20 s")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        instance.should_exit = True
        thread.join(timeout=10)


def _wait_for(browser: Any, css: str, seconds: float = 60) -> Any:
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, seconds).until(
        expected_conditions.presence_of_element_located(("css selector", css))
    )


def _wait_loaded(browser: Any, css: str, seconds: float = 60) -> Any:
    """Wait for ``css`` and for the whole page: an element near the top is there while the browser
    is still reading the rest (on a busy machine the table below it was not, yet)."""
    from selenium.webdriver.support.ui import WebDriverWait

    found = _wait_for(browser, css, seconds)
    WebDriverWait(browser, seconds).until(
        lambda b: b.execute_script("return document.readyState") == "complete"
    )
    return found


def _submit_and_wait(browser: Any, button: str, seconds: float = 60) -> None:
    """Click ``button`` and wait until the next page replaced this one (the old page's verdict is gone
    and the new one is there, read to its end): waiting for "#verdict" alone would find the old page's."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    old = browser.find_element("css selector", "#verdict")
    browser.find_element("css selector", button).click()

    def gone(_browser: Any) -> bool:
        # selenium's staleness_of expects StaleElementReferenceException; Chrome may instead answer,
        # while the next page replaces this one, "Node with given id does not belong to the document".
        try:
            old.is_enabled()
        except WebDriverException:
            return True
        return False

    WebDriverWait(browser, seconds).until(gone)
    _wait_loaded(browser, "#verdict", seconds)


def test_upload_map_correct_download(driver: Any, server: str, tmp_path: Path) -> None:  # noqa: F811
    """A user's whole round in the browser, ending with the corrected upload file."""
    from selenium.webdriver.support.ui import Select

    driver.get(server + "/")
    driver.find_element("css selector", "input[type=file]").send_keys(str(EXAMPLE))
    driver.find_element("css selector", "form.upload button[type=submit]").click()
    verdict = _wait_loaded(driver, "#verdict")
    assert verdict.text == msg("verdict-attention")
    rows_before = len(driver.find_elements("css selector", "#rejected tbody tr"))
    assert rows_before == 13

    # The mapping: "Bemerkung" (a note, unmapped by default) stays out; Telefon goes to Telefon 2.
    select = Select(driver.find_element("css selector", 'select[name="map:Telefon"]'))
    select.select_by_value("Telefon 2")
    _submit_and_wait(driver, "#apply-mapping")
    chosen = Select(driver.find_element("css selector", 'select[name="map:Telefon"]'))
    assert chosen.first_selected_option.get_attribute("value") == "Telefon 2"

    # One rejected row: its invalid e-mail address corrected in the table.
    bad = [
        cell
        for cell in driver.find_elements("css selector", "#rejected td.bad input")
        if (cell.get_attribute("aria-label") or "").startswith("Email ")
    ]
    assert bad, "a rejected row with an invalid e-mail address is in the table"
    row = bad[0].get_attribute("name").split(":")[1]
    bad[0].clear()
    bad[0].send_keys("korrigiert@beispiel.de")
    _submit_and_wait(driver, "#apply-corrections")
    assert len(driver.find_elements("css selector", "#rejected tbody tr")) == rows_before - 1
    driver.save_screenshot(str(tmp_path / "web-seite.png"))

    link = driver.find_element("css selector", "ul.downloads a").get_attribute("href")
    with urllib.request.urlopen(link, timeout=30) as response:
        data = response.read()
    records = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert len(records) == 288
    assert "korrigiert@beispiel.de" in {r["E-Mail 1"] for r in records}
    assert "Telefon 2" in records[0]
    assert (tmp_path / "web-seite.png").stat().st_size > 10_000
    assert row.isdigit()


def test_the_report_is_shown_in_the_page(driver: Any, server: str) -> None:  # noqa: F811
    """Found by the hostile web session: the report's frame loaded a download (an attachment), so it
    stayed blank and the findings only the report names were never seen. Now it shows the report,
    styled and with its filter working, and the page logs no error."""
    from selenium.webdriver.support.ui import Select

    driver.get_log("browser")  # what earlier tests left
    driver.get(server + "/")
    driver.find_element("css selector", "input[type=file]").send_keys(str(EXAMPLE))
    driver.find_element("css selector", "form.upload button[type=submit]").click()
    _wait_loaded(driver, "#verdict")
    driver.switch_to.frame(driver.find_element("css selector", "iframe.report"))
    try:
        _wait_loaded(driver, "#filters")
        assert driver.execute_script("return document.title") == "Prüfbericht faktura-kunden.csv"
        assert driver.find_element("id", "filters").is_displayed()  # shown by the report's script
        Select(driver.find_element("id", "filter-severity")).select_by_visible_text("Fehler")
        shown = {
            row.get_attribute("data-severity")
            for row in driver.find_elements("css selector", "tr[data-severity]")
            if row.is_displayed()
        }
        assert shown == {"error"}
        # its own style sheet applies (the page's policy would have blocked an inline style)
        font = driver.execute_script("return getComputedStyle(document.body).fontFamily")
        assert font.startswith("system-ui")
    finally:
        driver.switch_to.default_content()
    log = driver.get_log("browser")  # no CSP violation, no script error (the browser's favicon aside)
    assert [e for e in log if e["level"] == "SEVERE" and "favicon.ico" not in e["message"]] == []
