"""The quick reference on paper (issue 16): at most two A4 pages, one line per column.

``lexoffice-import reference --pdf`` prints it with the system's headless Chromium (Debian's
package, as in tests/test_browser.py); pypdf counts the pages and reads their text, pdftoppm
(poppler-utils) renders each page as an image. Skipped when Chromium or pdftoppm is missing,
unless ``REQUIRE_BROWSER=1`` (CI sets it), then it fails. ``REFERENCE_PAGES_DIR`` keeps the
page images (``make reference-pages`` writes those in docs/).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from test_browser import CHROME_FLAGS, CHROMEDRIVER, CHROMIUM

from importer.catalog import load_catalog

RunCli = Callable[..., Result]
PDFTOPPM = Path("/usr/bin/pdftoppm")
A4_MM = (210, 297)


def pdf_text(path: Path, first_page_only: bool = False) -> str:
    """The text of the PDF's pages, ligatures (ﬃ) undone and whitespace collapsed."""
    import unicodedata

    from pypdf import PdfReader

    pages = PdfReader(path).pages
    text = " ".join(p.extract_text() for p in (pages[:1] if first_page_only else pages))
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _need(*paths: Path) -> None:
    """Skip (or fail with REQUIRE_BROWSER=1) when a program the test needs is missing."""
    for path in paths:
        if not path.exists():
            message = f"{path} fehlt (make browser-deps)"
            if os.environ.get("REQUIRE_BROWSER") == "1":
                pytest.fail(f"REQUIRE_BROWSER=1, aber {message}")
            pytest.skip(message)


@pytest.fixture(scope="module", params=["de", "en"])
def printed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    """The quick reference printed by ``reference --pdf`` in each language: (language, PDF path)."""
    _need(CHROMIUM)
    from click.testing import CliRunner

    from importer.cli import main

    lang = str(request.param)
    target = tmp_path_factory.mktemp(f"print-{lang}") / "schnellreferenz.pdf"
    result = CliRunner().invoke(
        main, ["reference", "--pdf", str(target), "--lang", lang], catch_exceptions=False
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (f"Geschrieben: {target}\n" if lang == "de" else f"Written: {target}\n")
    return lang, target


@pytest.mark.browser
class TestPrintedQuickReference:
    """Printed, the quick reference is at most two A4 pages and shows every column."""

    def test_at_most_two_a4_pages(self, printed: tuple[str, Path]) -> None:
        """The PDF has one or two pages, each A4 (210 × 297 mm)."""
        from pypdf import PdfReader

        pages = PdfReader(printed[1]).pages
        assert 1 <= len(pages) <= 2
        for page in pages:
            width, height = (float(v) * 25.4 / 72 for v in (page.mediabox.width, page.mediabox.height))
            assert (round(width), round(height)) == A4_MM

    def test_every_column_with_example_on_page_one(self, printed: tuple[str, Path]) -> None:
        """Page one holds the title and every catalog column with its example, for customers and suppliers."""
        lang, path = printed
        text = pdf_text(path, first_page_only=True)
        title = (
            "Kurzreferenz lexoffice-Kontaktimport"
            if lang == "de"
            else "Quick reference: lexoffice contact import"
        )
        assert title in text
        for column in load_catalog().columns:
            assert column.name in text, column.name
            assert column.example in text, column.example
        assert ("Kunden: 10000–69999" if lang == "de" else "customers only: 10000–69999") in text
        assert ("Lieferanten: 70000–99999" if lang == "de" else "suppliers only: 70000–99999") in text

    def test_assumptions_are_printed(self, printed: tuple[str, Path]) -> None:
        """The undocumented points (field lengths among them) are on the printed pages too."""
        lang, path = printed
        text = pdf_text(path)
        heading = "Was lexoffice nicht dokumentiert" if lang == "de" else "What lexoffice does not document"
        assert heading in text
        assert ("Feldlängen des CSV-Imports" if lang == "de" else "Field lengths of the CSV import") in text

    def test_pages_render_as_images(self, printed: tuple[str, Path], tmp_path: Path) -> None:
        """pdftoppm renders each page as a PNG with content (kept in REFERENCE_PAGES_DIR when set)."""
        _need(PDFTOPPM)
        lang, path = printed
        subprocess.run([str(PDFTOPPM), "-png", "-r", "80", str(path), str(tmp_path / "seite")], check=True)
        images = sorted(tmp_path.glob("seite-*.png"))
        assert 1 <= len(images) <= 2
        for image in images:
            data = image.read_bytes()
            assert data.startswith(b"\x89PNG\r\n\x1a\n")
            assert len(data) > 20_000  # a blank A4 page at 80 dpi is about 3 kB
        keep = os.environ.get("REFERENCE_PAGES_DIR")
        if keep:
            for image in images:
                shutil.copy(image, Path(keep) / f"schnellreferenz-{lang}-{image.name}")


@pytest.fixture(scope="module")
def print_layout(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """Headless Chromium showing the quick reference as printed: print media, A4's printable width."""
    _need(CHROMIUM, CHROMEDRIVER)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    from importer.pages import reference_page

    page = tmp_path_factory.mktemp("layout") / "schnellreferenz.html"
    page.write_text(reference_page(load_catalog()), encoding="utf-8")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    browser = webdriver.Chrome(options=options, service=Service(executable_path=str(CHROMEDRIVER)))
    try:
        # 210 mm minus the 2 × 12 mm page margins = 186 mm = 703 CSS pixels.
        browser.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": 703, "height": 1000, "deviceScaleFactor": 1, "mobile": False},
        )
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        browser.get(page.as_uri())
        yield browser
    finally:
        browser.quit()


@pytest.mark.browser
class TestOneLinePerColumn:
    """In print every column of the catalog is one line, and no cell is cut off."""

    def test_no_cell_is_cut(self, print_layout: Any) -> None:
        """No cell of the printed table is wider than its column (nothing hidden behind an ellipsis)."""
        cells, cut = print_layout.execute_script(
            "const all = 'table.quick-table td, table.quick-table thead th';"
            "const cells = Array.from(document.querySelectorAll(all));"
            "const cut = cells.filter(c => c.scrollWidth > c.clientWidth);"
            "return [cells.length, cut.map(c => c.textContent.trim())]"
        )
        assert cells == 6 * (len(load_catalog().columns) + 1)
        assert cut == []

    def test_rows_are_one_line_high(self, print_layout: Any) -> None:
        """Every column's row is as high as the lowest one: one line each, one row per catalog column."""
        heights = print_layout.execute_script(
            "return Array.from(document.querySelectorAll('table.quick-table tbody tr:not(.group)'))"
            ".map(r => r.getBoundingClientRect().height)"
        )
        assert len(heights) == len(load_catalog().columns)
        assert max(heights) < 1.5 * min(heights)

    def test_synonyms_only_on_screen(self, print_layout: Any) -> None:
        """The long list of recognised headers is not printed (it is on the screen page)."""
        assert not print_layout.find_element("id", "synonyms").is_displayed()


class TestPdfWithoutChromium:
    """``reference --pdf`` without Chromium: a German message naming what is missing, nothing written."""

    def test_missing_chromium(self, run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """Exit 2, the message names Chromium and the way out, and neither PDF nor HTML is written."""
        monkeypatch.setenv("CHROMIUM", str(tmp_path / "kein-chromium"))
        monkeypatch.chdir(tmp_path)

        result = run_cli("reference", "--pdf", tmp_path / "ref.pdf")

        assert result.exit_code == 2
        assert result.stderr.startswith("Fehler: Für --pdf braucht lexoffice-import den Browser Chromium")
        assert "apt install chromium" in result.stderr
        assert "„Drucken → Als PDF speichern“" in result.stderr
        assert sorted(p.name for p in tmp_path.iterdir()) == []
