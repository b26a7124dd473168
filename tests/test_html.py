"""The HTML report, quick reference, index page and upload template (issue 5)."""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urlsplit

import polars as pl
import pytest
from markupsafe import Markup
from syrupy.assertion import SnapshotAssertion
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

from importer.catalog import Catalog, CatalogColumn, load_catalog
from importer.errors import ConfigurationError
from importer.html import render_report
from importer.issues import IssueList
from importer.markup import as_code, badge, csp, file_link, join, markup_translator, relative_link
from importer.masking import column_kind, mask_issues, mask_value, scrub
from importer.messages import MESSAGES, format_number, format_size, language, surface
from importer.pages import render_index, render_reference
from importer.template_csv import template_bytes

DATA = Path(__file__).parent / "data" / "html"


class HTMLSnapshotExtension(SingleFileSnapshotExtension):
    """Stores a snapshot as one ``.html`` file, as text."""

    _file_extension = "html"
    file_extension = "html"
    _write_mode = WriteMode.TEXT


@dataclass(frozen=True)
class FakeRule:
    """A stand-in for ``importer.rules.Rule`` so the tests do not depend on its wording."""

    code: str
    severity: str
    title: str
    hint: str


RULES: dict[str, FakeRule] = {
    "email-invalid": FakeRule("email-invalid", "error", "E-Mail-Adresse ungültig", "Eine Adresse je Feld."),
    "phone-scientific-notation": FakeRule(
        "phone-scientific-notation", "warning", "Telefonnummer zerstört", "Aus der Quelle neu eintragen."
    ),
    "postcode-leading-zero-restored": FakeRule(
        "postcode-leading-zero-restored", "fix", "Führende Null ergänzt", "Nichts zu tun."
    ),
}


class PageParser(HTMLParser):
    """Collects tags, attributes and visible text of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.raw_blocks: dict[str, list[str]] = {"style": [], "script": []}
        self._inside: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in self.raw_blocks:
            self._inside.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._inside and self._inside[-1] == tag:
            self._inside.pop()

    def handle_data(self, data: str) -> None:
        if self._inside:
            self.raw_blocks[self._inside[-1]].append(data)
        else:
            self.text.append(data)

    @classmethod
    def parse(cls, page: str) -> PageParser:
        """Parse ``page`` and return the filled parser."""
        parser = cls()
        parser.feed(page)
        parser.close()
        return parser

    @property
    def all_text(self) -> str:
        """The page's text outside ``<style>`` and ``<script>``."""
        return "".join(self.text)


def load_report() -> dict[str, Any]:
    """The small fixed report the snapshot is made from."""
    data: dict[str, Any] = json.loads((DATA / "report.json").read_text(encoding="utf-8"))
    return data


def render(report: dict[str, Any] | None = None, **kwargs: Any) -> str:
    """Render ``report`` (default: the fixture) with the fake rules into the folder ``out``."""
    options: dict[str, Any] = {"report_dir": Path("out"), "rules": RULES}
    options.update(kwargs)
    return render_report(load_report() if report is None else report, load_catalog(), **options)


def assert_self_contained(page: str) -> None:
    """The page loads nothing from outside itself and links only to relative files or anchors."""
    parsed = PageParser.parse(page)
    names = [tag for tag, _ in parsed.tags]
    assert "link" not in names
    assert "img" not in names
    assert "iframe" not in names
    for tag, attrs in parsed.tags:
        assert "src" not in attrs, tag
        for name in attrs:
            assert not name.startswith("on"), (tag, name)
        href = attrs.get("href")
        if href is not None:
            parts = urlsplit(href)
            assert not parts.scheme, href
            assert not parts.netloc, href
            assert not href.startswith("//"), href
    css = "".join(parsed.raw_blocks["style"]).lower()
    assert "@import" not in css
    assert "url(" not in css
    assert "http" not in css


@pytest.fixture
def snapshot_html(snapshot: SnapshotAssertion) -> SnapshotAssertion:
    """Syrupy's snapshot, stored as an .html file."""
    return snapshot.use_extension(HTMLSnapshotExtension)


@pytest.fixture(autouse=True)
def _no_build_date(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages are rendered without SOURCE_DATE_EPOCH unless a test sets it."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


class TestReportSnapshot:
    """The report of the fixed input stays exactly as reviewed."""

    def test_snapshot(self, snapshot_html: SnapshotAssertion) -> None:
        """The rendered report equals the stored snapshot."""
        assert render() == snapshot_html

    def test_deterministic(self) -> None:
        """Two renderings of the same report are identical and carry no date."""
        first = render()
        assert first == render()
        assert "(UTC)" not in first

    def test_source_date_epoch(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """With SOURCE_DATE_EPOCH set the page shows that day as a UTC date."""
        monkeypatch.setenv("SOURCE_DATE_EPOCH", "1704067199")
        assert "Erstellt am 2023-12-31 (UTC)" in render()

    def test_self_contained(self) -> None:
        """The normal report references nothing outside itself."""
        assert_self_contained(render())

    def test_sections(self) -> None:
        """Verdict, next step, file facts, mapping, unmapped, reference, issues, outputs and assumptions."""
        page = render()
        text = PageParser.parse(page).all_text
        assert "Ergebnis: bitte prüfen" in text
        assert "Kontakte → „…“ oben rechts → Kunden importieren" in text
        for section in ("file", "mapping", "unmapped", "reference", "issues", "outputs", "assumptions"):
            assert f'id="{section}"' in page
        assert "48,2 kB von 2,0 MB (2,4 % der Upload-Grenze von lexoffice)" in text
        assert 'style="width: 2.4%"' in page
        assert "cp1252" in text
        assert "kein UTF-8 (Byte 0xE4 in Zeile 2 ist ungültig)" in text
        assert "Semikolon" in text
        assert "CRLF (Windows)" in text
        assert "Was lexoffice nicht dokumentiert" in text
        assert "lexoffice exportiert mit Semikolon" in text
        assert "87 %" in text  # the fuzzy score of "Strasse"
        assert "„Adresszusatz 1“ (41 %)" in text  # the suggestion for the unmapped "Bemerkung"

    def test_fix_before_after(self) -> None:
        """A fix shows the old value struck through and the new one after an arrow."""
        assert "<del>1067</del> → <ins>01067</ins>" in render()

    def test_rule_titles_and_missing_rule(self) -> None:
        """Known codes show title and hint; a code without a rule is shown as it is."""
        text = PageParser.parse(render()).all_text
        assert "E-Mail-Adresse ungültig" in text
        assert "Eine Adresse je Feld." in text
        assert "whitespace-normalized" in text

    def test_no_rules_module_needed(self) -> None:
        """An empty rule registry still renders every finding by its code."""
        text = PageParser.parse(render(rules={})).all_text
        assert "email-invalid" in text
        assert "phone-scientific-notation" in text

    def test_outputs_linked_relative(self) -> None:
        """Outputs are linked relative to the report's folder."""
        page = render()
        assert 'href="kunden.kunden.csv"' in page
        assert 'href="kunden.rejected.csv"' in page
        assert 'href="kunden.report.json"' in page

    def test_report_dir_defaults_to_html_folder(self, tmp_path: Path) -> None:
        """Without report_dir the links are relative to the folder of outputs.report_html."""
        report = load_report()
        out = tmp_path / "ergebnis"
        report["outputs"]["report_html"] = str(out / "kunden.report.html")
        report["outputs"]["upload"][0]["path"] = str(out / "teile" / "kunden.kunden.csv")
        page = render(report, report_dir=None)
        assert 'href="teile/kunden.kunden.csv"' in page
        assert str(tmp_path) not in page

    def test_without_js_everything_visible(self) -> None:
        """No row is hidden in the static page; only the JS-driven filter form starts hidden."""
        parsed = PageParser.parse(render())
        hidden = [(tag, attrs) for tag, attrs in parsed.tags if "hidden" in attrs]
        assert [attrs.get("id") for _, attrs in hidden] == ["filters"]
        rows = [attrs for tag, attrs in parsed.tags if tag == "tr" and "data-severity" in attrs]
        assert len(rows) == 5

    def test_script_allowed_by_csp_hash(self) -> None:
        """The page's Content-Security-Policy allows exactly its own inline script."""
        import base64
        import hashlib

        page = render()
        parsed = PageParser.parse(page)
        script = "".join(parsed.raw_blocks["script"])
        digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
        policy = next(a["content"] for t, a in parsed.tags if t == "meta" and a.get("http-equiv"))
        assert policy is not None
        assert f"'sha256-{digest}'" in policy
        assert "default-src 'none'" in policy

    def test_print_css(self) -> None:
        """The page prints on A4, hides the filters and keeps table rows whole."""
        page = render()
        assert "@page { size: A4;" in page
        assert re.search(r"@media print \{.*\.filters, \.toc \{ display: none", page, re.S)
        assert "break-inside: avoid" in page


class TestVerdicts:
    """The verdict banner and the one-sentence next step."""

    def test_ready(self) -> None:
        """A ready file names the file to upload and the menu path."""
        report = load_report()
        report["verdict"] = "ready"
        report["issues"] = []
        report["fixes"] = []
        text = PageParser.parse(render(report)).all_text
        assert "bereit zum Hochladen" in text
        assert "Laden Sie kunden.kunden.csv in lexoffice hoch: Kontakte → „…“ oben rechts → Kunden" in text
        assert "Keine Befunde" in text

    def test_suppliers_parts(self) -> None:
        """Two supplier parts are both named, with the supplier import."""
        report = load_report()
        report["verdict"] = "ready"
        report["outputs"]["upload"] = [
            {"path": f"out/l.lieferanten-{n}.csv", "role": "suppliers", "rows": 9, "bytes": 1_999_000}
            for n in (1, 2)
        ]
        text = PageParser.parse(render(report)).all_text
        assert "l.lieferanten-1.csv und l.lieferanten-2.csv" in text
        assert "→ Lieferanten importieren." in text

    def test_unusable(self) -> None:
        """An unusable file says so and asks for a new check."""
        report = load_report()
        report["verdict"] = "unusable"
        text = PageParser.parse(render(report)).all_text
        assert "unbrauchbar" in text
        assert "Die Datei lässt sich so nicht verwenden" in text

    def test_over_limit(self) -> None:
        """An input over the limit fills the bar and says only the parts can be uploaded."""
        report = load_report()
        report["size"] = {"bytes": 5_000_000, "limit": 2_000_000, "over_limit": True}
        page = render(report)
        assert 'class="bar over"><span style="width: 100.0%"' in page
        assert "hochladen lassen sich nur die Teildateien" in page

    def test_minimal_report(self) -> None:
        """A report with only the essential keys still renders."""
        page = render({"version": 1, "verdict": "ready"})
        assert "Es wurde keine Datei zum Hochladen geschrieben." in page


class TestIssueCap:
    """Thousands of findings stay fast: rows per code are capped."""

    def _many(self, per_code: int, codes: int) -> dict[str, Any]:
        report = load_report()
        report["issues"] = [
            {
                "row": n + 2,
                "line": n + 2,
                "column": "PLZ 1",
                "value": f"{n:04d}",
                "code": f"code-{c}",
                "severity": "error" if c == 0 else "warning",
                "message": "kaputt",
                "fixed_value": None,
            }
            for c in range(codes)
            for n in range(per_code)
        ]
        report["fixes"] = []
        return report

    def test_cap_and_note(self) -> None:
        """450 findings of one code show 200 rows and a note about the other 250."""
        page = render(self._many(450, 1))
        assert page.count('<tr data-severity="error"') == 200
        assert (
            "… weitere 250 in der Ablehnungsdatei und im JSON-Bericht "
            "(dort bis zu 1.000 je Befundart, alle gezählt)" in page
        )

    def test_warning_note_without_rejected_file(self) -> None:
        """Warnings are not in the rejected file, so their note names the JSON report only."""
        page = render(self._many(201, 2), max_rows_per_code=200)
        assert "… weitere 1 im JSON-Bericht (dort bis zu 1.000 je Befundart, alle gezählt)</p>" in page

    def test_twenty_thousand_findings_render_fast(self) -> None:
        """20,000 findings in 5 codes render in well under the time a user waits."""
        report = self._many(4000, 5)
        start = time.perf_counter()
        page = render(report)
        assert time.perf_counter() - start < 10
        assert page.count("<tr data-severity=") == 1000
        assert len(page) < 2_000_000


HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "</table>",
    '" onmouseover="x',
    "{{ 7*7 }}",
    "{% raw %}",
]


def hostile_report() -> dict[str, Any]:
    """A report whose headers, cells, messages, paths and texts are all attacks."""
    report = load_report()
    columns = []
    issues = []
    for n, payload in enumerate(HOSTILE):
        columns.append(
            {
                "index": n,
                "source": payload,
                "target": None,
                "method": payload,
                "score": 0.5,
                "non_empty": 1,
                "suggestion": payload,
                "suggestion_score": 0.3,
                "destination": f"merged:{payload}",
                "note": payload,
                "merge": None,
                "original": payload,
            }
        )
        issues.append(
            {
                "row": 2,
                "line": 2,
                "column": payload,
                "value": payload,
                "code": payload,
                "severity": "warning",
                "message": payload,
                "fixed_value": payload + "!",
            }
        )
    report["columns"] = columns
    report["issues"] = issues
    report["fixes"] = [
        {
            "code": payload,
            "column": payload,
            "value": payload,
            "fixed_value": payload + "?",
            "count": 3,
            "rows": [2, 3],
            "lines": [2, 3],
            "message": payload,
        }
        for payload in HOSTILE
    ]
    report["input"] = {"path": "<script>alert(1)</script>.csv", "bytes": 10, "sha256": "ab"}
    report["size"] = {"bytes": 10, "limit": 2_000_000, "over_limit": False}
    report["encoding"]["evidence"] = "; ".join(HOSTILE)
    report["dialect"]["evidence"] = HOSTILE[1]
    report["outputs"] = {
        "upload": [{"path": "out/<script>x.csv", "role": HOSTILE[3], "rows": 1, "bytes": 10}],
        "rejected": "javascript:alert(1)",
        "unmapped": "//evil.example/x.csv",
        "report_json": 'out/" onmouseover="x.json',
        "report_html": None,
    }
    report["settings"] = {"assumptions": [{"key": HOSTILE[0], "text": t} for t in HOSTILE]}
    report["tool"] = {"name": "x", "version": HOSTILE[4]}
    report["verdict"] = HOSTILE[0]
    return report


def hostile_catalog() -> Catalog:
    """A catalog whose texts are attacks too (and whose examples hold no "49")."""
    columns = tuple(
        CatalogColumn(
            name=payload,
            role="both",
            group=payload,
            description=payload,
            description_en=payload,
            rules=(payload,),
            example=payload,
            provenance="inferred",
        )
        for payload in HOSTILE
    )
    return Catalog(columns=columns)


@pytest.fixture(scope="module")
def page() -> str:
    """The hostile report, rendered."""
    return render_report(hostile_report(), hostile_catalog(), report_dir=Path("out"), rules={})


class TestSecurity:
    """Markup and template syntax in the data are shown as text, never run."""

    def test_payloads_are_text(self, page: str) -> None:
        """Every payload appears literally in the page's text."""
        text = PageParser.parse(page).all_text
        for payload in HOSTILE:
            assert payload in text, payload

    def test_no_injected_markup(self, page: str) -> None:
        """Only the page's own tags exist: one script, no img, no event handlers."""
        parsed = PageParser.parse(page)
        names = [tag for tag, _ in parsed.tags]
        assert names.count("script") == 1
        assert "img" not in names
        assert "<script>alert" not in page
        assert "<img" not in page
        assert 'onmouseover="x' not in page
        script = "".join(parsed.raw_blocks["script"])
        assert "alert" not in script
        assert page.count("<table") == page.count("</table>")

    def test_template_syntax_not_evaluated(self, page: str) -> None:
        """``{{ 7*7 }}`` stays as written; 49 appears nowhere in the text."""
        text = PageParser.parse(page).all_text
        assert "{{ 7*7 }}" in text
        assert "{% raw %}" in text
        assert "49" not in text

    def test_self_contained(self, page: str) -> None:
        """Hostile output paths become harmless relative links; nothing is loaded from outside."""
        assert_self_contained(page)
        assert 'href="javascript' not in page
        assert "javascript%3Aalert%281%29" in page

    def test_masked_hostile(self) -> None:
        """Masking hostile data keeps it escaped."""
        page = render_report(hostile_report(), hostile_catalog(), report_dir=Path("out"), rules={}, mask=True)
        assert_self_contained(page)
        assert "<script>alert" not in page

    def test_reference_and_index_hostile(self) -> None:
        """The reference and index pages escape their data as well."""
        reference = render_reference(hostile_catalog(), {HOSTILE[0]: HOSTILE}, rules={})
        index = render_index([hostile_report()], index_dir=Path("out"))
        for page in (reference, index):
            assert_self_contained(page)
            assert "<script>alert" not in page
            assert "<img" not in page
        assert "{{ 7*7 }}" in PageParser.parse(reference).all_text


class TestMasking:
    """``mask=True`` hides personal data but keeps headers and codes."""

    @pytest.mark.parametrize(
        ("value", "kind", "expected"),
        [
            ("jana.schmidt@firma.de", "email", "j***@firma.de"),
            ("a@b.de; c@d.de", "email", "a***@b.de; c***@d.de"),
            ("bad@", "email", "b***@"),
            ("keine-mail", "email", "k***"),
            ("0171 2345678", "phone", "**** *****78"),
            ("+49 351 1234567", "phone", "+** *** *****67"),
            ("Müller GmbH", "name", "M***"),
            ("  Hauptstr. 12", "name", "H***"),
            ("Notiz über Jana", "other", "N***"),
            ("DE89 3704 0044 0532 0130 00", "digits", "DE** **** **** **** **** 00"),
            ("01067", "safe", "01067"),
            ("Zahlung an DE89370400440532013000", "safe", "Zahlung an DE******************00"),
            ("", "name", ""),
            # a tax number is no IBAN: only the digits rule masks it (scrub would leave it whole)
            ("201/123/45678", "digits", "***/***/***78"),
            # blanks hold nothing personal and stay as they are (no "***" for an empty name)
            ("   ", "name", "   "),
            ("  ", "other", "  "),
        ],
    )
    def test_mask_value(self, value: str, kind: str, expected: str) -> None:
        """Each kind of value is masked as documented."""
        assert mask_value(value, kind) == expected

    @pytest.mark.parametrize(
        ("column", "kind"),
        [
            ("E-Mail 1", "email"),
            ("Ansprechpartner 1 E-Mail", "email"),
            ("Telefon 2", "phone"),
            ("Tel.", "phone"),
            ("Ansprechpartner 2 Telefon", "phone"),
            ("Vorname", "name"),
            ("Nachname", "name"),
            ("Firmenname", "name"),
            ("Ansprechpartner 1 Nachname", "name"),
            ("Straße 1", "name"),
            ("Strasse", "name"),
            ("Adresszusatz 2", "name"),
            ("Ansprechpartner 1 Anrede", "safe"),
            ("PLZ 1", "safe"),
            ("Ort 2", "safe"),
            ("Land 1", "safe"),
            ("Kundennummer", "safe"),
            ("Umsatzsteuer ID", "safe"),
            ("Steuernummer", "digits"),
            ("IBAN", "digits"),
            ("Kontonummer", "digits"),
            ("BIC", "digits"),
            ("BLZ", "digits"),
            ("Bankleitzahl", "digits"),
            ("Phone", "phone"),
            ("Fax", "phone"),
            ("Mobil", "phone"),
            ("Handy", "phone"),
            ("Bemerkung", "other"),
            (None, "other"),
        ],
    )
    def test_column_kind(self, column: str | None, kind: str) -> None:
        """Catalog columns and common headers are classified for masking."""
        assert column_kind(column) == kind

    def test_scrub_keeps_quotes(self) -> None:
        """Addresses inside German quotes in a message are masked, the quotes stay."""
        assert scrub("Die Adresse „jana@firma.de“ und „bad@“") == "Die Adresse „j***@firma.de“ und „b***@“"

    def test_report_masked(self) -> None:
        """Values, fixed values and messages lose their personal data; headers and codes stay."""
        report = load_report()
        report["issues"].append(
            {
                "row": 6,
                "line": 7,
                "column": "Mail",
                "value": "jana.schmidt@firma.de",
                "code": "email-invalid",
                "severity": "error",
                "message": "„jana.schmidt@firma.de“ gehört nicht in diese Zeile.",
                "fixed_value": None,
            }
        )
        report["issues"].append(
            {
                "row": 6,
                "line": 7,
                "column": "Telefon 1",
                "value": "0171 9081726",
                "code": "phone-scientific-notation",
                "severity": "warning",
                "message": "Telefon 0171 9081726 prüfen.",
                "fixed_value": None,
            }
        )
        page = render(report, mask=True)
        text = PageParser.parse(page).all_text
        assert "j***@firma.de" in text
        assert "jana.schmidt" not in page
        assert "Telefon **** *****26 prüfen." in text
        assert "9081726" not in page
        assert "„Müller GmbH“" not in page
        assert ">Müller GmbH<" not in page
        assert "„M***“" in text
        assert "<del>H***</del> → <ins>H***</ins>" in page
        assert "Hauptstr." not in page
        assert "personenbezogene daten" in text.lower()
        # headers, lexoffice columns and codes stay readable
        for kept in ("Strasse", "Mail", "Bemerkung", "E-Mail 1", "email-invalid", "01067"):
            assert kept in text, kept

    def test_unmasked_by_default(self) -> None:
        """Without mask the values are shown as they are."""
        page = render()
        assert "„Müller GmbH“ sieht nach einer Firma aus" in page
        assert "Personenbezogene Daten" not in page


class TestMaskIssues:
    """``--mask`` for the JSON report: the findings' values, fixes and messages, masked by hand."""

    SCHEMA: ClassVar[dict[str, pl.DataType]] = {
        "row": pl.Int64(),
        "line": pl.Int64(),
        "column": pl.String(),
        "value": pl.String(),
        "code": pl.String(),
        "severity": pl.String(),
        "message": pl.String(),
        "fixed_value": pl.String(),
    }

    def issues(self, *rows: tuple[Any, ...]) -> IssueList:
        """Findings given as (row, line, column, value, code, severity, message, fixed_value)."""
        return IssueList(pl.DataFrame(list(rows), schema=self.SCHEMA, orient="row"))

    def test_fix_of_a_renamed_phone_column(self) -> None:
        """Value, fixed value and message of a fix in ``Ruf`` (→ Telefon 1) keep only two digits each.

        ``Ruf`` itself is no phone header: masked by its own name it would show ``0***``; its
        lexoffice target makes it a phone number. Row, line, column, code and severity stay.
        """
        issues = self.issues(
            (
                2,
                3,
                "Ruf",
                "0351 1234567",
                "phone-formatted",
                "fix",
                "0351 1234567 → +493511234567",
                "+493511234567",
            )
        )

        masked = mask_issues(issues, {"Ruf": "Telefon 1"})

        assert masked.frame.rows() == [
            (
                2,
                3,
                "Ruf",
                "**** *****67",
                "phone-formatted",
                "fix",
                "**** *****67 → +**********67",
                "+**********67",
            )
        ]

    def test_phone_readings_in_a_message(self) -> None:
        """A message that quotes a phone number in another form than the value (its readings with 0
        or +) keeps only two digits of each quote too."""
        message = (
            "„491711234567“ in Mobil hat weder 0 noch + am Anfang. "
            "Mit 0 davor ist es „0491 711234567“, mit + davor „+49 171 1234567“."
        )
        issues = self.issues(
            (2, 2, "Mobil", "491711234567", "phone-prefix-missing", "warning", message, None)
        )

        (masked,) = mask_issues(issues, {"Mobil": "Telefon 2"}).frame.get_column("message")

        assert masked == (
            "„**********67“ in Mobil hat weder 0 noch + am Anfang. "
            "Mit 0 davor ist es „**** *******67“, mit + davor „+** *** *****67“."
        )

    def test_file_wide_finding_and_missing_message(self) -> None:
        """A finding without column is masked like an unknown column (first letter); no message: empty."""
        issues = self.issues(
            (0, 0, None, "Müller GmbH", "x-file", "warning", "„Müller GmbH“ steht zweimal da.", None),
            (4, 5, "E-Mail 1", "jana@firma.de", "email-invalid", "error", None, None),
        )

        masked = mask_issues(issues, {})

        assert masked.frame.select("value", "message", "fixed_value").rows() == [
            ("M***", "„M***“ steht zweimal da.", None),
            ("j***@firma.de", "", None),
        ]

    def test_longer_quote_is_replaced_first(self) -> None:
        """The fix ``+49 351 1234567`` holds the value ``351 1234567``: masked whole, no ``+49`` left."""
        issues = self.issues(
            (
                2,
                2,
                "Telefon 1",
                "351 1234567",
                "phone-formatted",
                "fix",
                "351 1234567 → +49 351 1234567",
                "+49 351 1234567",
            )
        )

        (message,) = mask_issues(issues, {}).frame.get_column("message")

        assert message == "*** *****67 → +** *** *****67"

    @pytest.mark.parametrize(
        ("value", "message", "expected"),
        [
            # two letters are left in the message: replaced, they would hit its own words ("Alles")
            ("Al", "„Al“ ist kurz; Alles prüfen.", "„Al“ ist kurz; Alles prüfen."),
            # three letters are the shortest quote that is masked
            ("Lau", "Nachname „Lau“ prüfen.", "Nachname „L***“ prüfen."),
        ],
    )
    def test_shortest_quote_masked_in_a_message(self, value: str, message: str, expected: str) -> None:
        """A name is replaced in its message from three characters on; the value itself is always masked."""
        issues = self.issues((2, 2, "Nachname", value, "x-name", "warning", message, None))

        masked = mask_issues(issues, {})

        assert masked.frame.select("value", "message").rows() == [(f"{value[0]}***", expected)]

    @pytest.mark.parametrize("rows", [0, 2])
    def test_column_types_stay(self, rows: int) -> None:
        """The masked findings keep their column types (polars types an empty or all-null list Null)."""
        issues = self.issues(*[(0, 0, None, None, "x-file", "warning", "Datei", None)] * rows)

        masked = mask_issues(issues, {})

        assert masked.frame.schema == pl.Schema(self.SCHEMA)
        assert masked.frame.height == rows


class TestLanguage:
    """``lang="en"`` renders every page in English."""

    def test_report_english(self) -> None:
        """The English report has English labels and catalog descriptions, no German UI text."""
        page = render(lang="en")
        text = PageParser.parse(page).all_text
        assert '<html lang="en">' in page
        assert "Check report kunden.csv" in text
        assert "Result: needs attention" in text
        assert "then upload kunden.kunden.csv in lexoffice" in text
        assert "Kontakte → “…” top right → Kunden importieren (import customers)." in text
        assert "Quick reference: the lexoffice columns" in text
        assert "Customer number: exactly 5 digits" in text
        assert "What lexoffice does not document" in text
        assert "The import delimiter is not documented" in text  # the assumption in English
        assert "48.2 kB of 2.0 MB (2.4 % of lexoffice's upload limit)" in text
        for german in (
            "Prüfbericht",
            "Befunde",
            "Spaltenzuordnung",
            "Ergebnis",
            "hochladbar",
            "Kodierung",
            "Dateizeile",
        ):
            assert german not in text, german

    def test_german_default(self) -> None:
        """German is the default language."""
        assert '<html lang="de">' in render()

    def test_unknown_language(self) -> None:
        """An unknown language is refused."""
        with pytest.raises(ValueError, match="fr"):
            render(lang="fr")

    def test_reference_and_index_english(self) -> None:
        """The reference and index pages speak English too."""
        reference = render_reference(load_catalog(), {}, lang="en", rules={})
        index = render_index([load_report()], index_dir=Path("out"), lang="en")
        assert "Quick reference: lexoffice contact import" in reference
        assert "Check reports" in index
        assert "needs attention" in index

    def test_number_formats(self) -> None:
        """Numbers and sizes follow the language."""
        assert format_number(1234567.5, "de", 1) == "1.234.567,5"
        assert format_number(1234567.5, "en", 1) == "1,234,567.5"
        assert format_size(1_500_000, "de") == "1,5 MB"
        assert format_size(999, "en") == "999 bytes"


class TestReference:
    """The standalone quick reference lists every catalog column."""

    def test_all_32_columns_in_order(self) -> None:
        """All 32 catalog columns appear in catalog order in the printed table and again in the screen-only
        table of recognised headers, with description and example."""
        catalog = load_catalog()
        assert len(catalog.columns) == 32
        page = render_reference(catalog, {}, rules={})
        names = re.findall(r'<strong class="colname">([^<]*)</strong>', page)
        assert names == catalog.names() * 2
        text = PageParser.parse(page).all_text
        for column in catalog.columns:
            assert column.description in text
            assert column.example in text
        assert_self_contained(page)

    def test_synonyms_rules_provenance(self) -> None:
        """Recognised headers, rule titles and provenance with its explanation are shown."""
        page = render_reference(
            load_catalog(), {"Kundennummer": ["Kd-Nr.", "KdNr", "Kunden-Nr."]}, rules=RULES
        )
        text = PageParser.parse(page).all_text
        for header in ("Kd-Nr.", "KdNr", "Kunden-Nr."):
            assert header in text
        assert "E-Mail-Adresse ungültig email-invalid" in text
        assert "offiziell" in text
        assert "steht so auf der Hilfeseite von lexoffice" in text
        assert "Kundennummern 10000–69999, Lieferantennummern 70000–99999" in text
        assert "Kontakte → „…“ oben rechts" in text
        assert "Was lexoffice nicht dokumentiert" in text

    def test_report_quick_reference_marks_present_columns(self) -> None:
        """In the report the quick reference says which columns this file has and from which header."""
        text = PageParser.parse(render()).all_text
        assert "ja, aus „Kd-Nr.“" in text
        assert text.count("ja, aus „") == 8
        names = re.findall(r'<strong class="colname">([^<]*)</strong>', render())
        assert len(names) == 32

    def test_default_rules_loaded_lazily(self) -> None:
        """Without a rules argument the page still renders (with or without importer.rules)."""
        page = render_reference(load_catalog(), {})
        assert "customer-number-range" in page


class TestIndex:
    """``index.html`` lists every checked file with a link to its report."""

    def test_entries(self) -> None:
        """One row per file with verdict, counts, link and totals; unusable files show the error."""
        ready = load_report()
        ready["verdict"] = "ready"
        ready["input"]["path"] = "daten/lieferanten.csv"
        ready["issues"] = []
        ready["rows"] = {"read": 1200, "uploaded": 1200, "rejected": 0}
        ready["outputs"]["report_html"] = "out/lieferanten.report.html"
        broken = {
            "input": {"path": "leer.csv"},
            "verdict": "unusable",
            "error": "leer.csv ist leer (0 Bytes).",
        }
        page = render_index([load_report(), ready, broken], index_dir=Path("out"))
        text = PageParser.parse(page).all_text
        assert "3 Dateien geprüft." in text
        assert 'href="kunden.report.html"' in page
        assert 'href="lieferanten.report.html"' in page
        assert "bitte prüfen" in text
        assert "bereit zum Hochladen" in text
        assert "unbrauchbar" in text
        assert "leer.csv ist leer (0 Bytes)." in text
        assert "1.205" in text  # total records read
        assert page.count('<tr class="row-') == 3
        assert_self_contained(page)

    def test_counts_from_issue_counts(self) -> None:
        """An entry without an issue list uses issue_counts.by_severity."""
        entry = load_report()
        del entry["issues"]
        entry["issue_counts"]["by_severity"] = {"error": 7, "warning": 0, "fix": 3}
        page = render_index([entry], index_dir=Path("out"))
        assert '<td class="num">7</td><td class="num">0</td><td class="num">3</td>' in page


class TestLinks:
    """Output links are relative and harmless."""

    def test_relative_link(self, tmp_path: Path) -> None:
        """Absolute paths become paths relative to the base folder, percent-encoded."""
        href, text = relative_link(tmp_path / "out" / "a b#1.csv", tmp_path / "out")
        assert (href, text) == ("a%20b%231.csv", "a b#1.csv")
        href, text = relative_link(tmp_path / "x.csv", tmp_path / "out")
        assert (href, text) == ("../x.csv", "../x.csv")


class TestMarkupPieces:
    """The HTML built outside the templates (importer.markup), written out by hand."""

    def test_link_on_another_drive_falls_back_to_the_file_name(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Windows cannot relate paths on two drives (``ValueError``): the link is the bare file name."""

        def no_relation(path: str, start: str) -> str:
            raise ValueError("path is on mount 'D:', start on mount 'C:'")

        monkeypatch.setattr("importer.markup.os.path.relpath", no_relation)

        assert relative_link(tmp_path / "x y.csv", tmp_path / "out") == ("x%20y.csv", "x y.csv")

    def test_file_link_escapes_its_text(self) -> None:
        """The link text is escaped and the address percent-encoded: no markup from a file name."""
        link = file_link("out/<b>&x.csv", Path("out"))

        assert str(link) == '<a href="%3Cb%3E%26x.csv"><code>&lt;b&gt;&amp;x.csv</code></a>'

    def test_policy_without_script(self) -> None:
        """A page without a script hash allows no script at all, and loads nothing from anywhere."""
        assert csp(None) == (
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            "script-src 'none'; base-uri 'none'; form-action 'none'"
        )
        assert csp("'sha256-abc'") == (
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            "script-src 'sha256-abc'; base-uri 'none'; form-action 'none'"
        )

    @pytest.mark.parametrize(
        ("items", "lang", "expected"),
        [
            ([], "de", ""),
            (["<a>x</a>"], "de", "<a>x</a>"),
            (["a", "b"], "de", "a und b"),
            (["a", "b", "c"], "de", "a, b und c"),
            (["a", "b", "c"], "en", "a, b and c"),
        ],
    )
    def test_join(self, items: list[str], lang: str, expected: str) -> None:
        """Links are listed with commas and a final "und" ("and")."""
        assert str(join([Markup(i) for i in items], lang)) == expected

    def test_badge_and_code(self) -> None:
        """A severity badge and inline code, their text escaped."""
        assert str(badge("error", "de")) == '<span class="sev sev-error">Fehler</span>'
        assert str(badge("fix", "en")) == '<span class="sev sev-fix">Fix</span>'
        assert str(as_code("<x>")) == "<code>&lt;x&gt;</code>"

    def test_translator_escapes_the_text_not_the_markup_values(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """The text is escaped, a Markup value kept, a plain value escaped; no English text: German."""
        monkeypatch.setitem(MESSAGES, "x-markup", {"de": "<b>{link}</b> & {plain}"})
        tm = markup_translator("en")

        got = tm("x-markup", link=Markup('<a href="x">x</a>'), plain="<i>")

        assert str(got) == '&lt;b&gt;<a href="x">x</a>&lt;/b&gt; &amp; &lt;i&gt;'

    def test_translator_keeps_its_language_and_page_wording(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """markup_translator("en") renders English while German is active; on the web page
        (surface "web") it takes the key's page wording."""
        monkeypatch.setitem(MESSAGES, "x-step", {"de": "mit {c} prüfen", "en": "check with {c}"})
        monkeypatch.setitem(MESSAGES, "x-step@web", {"de": "auf der Seite prüfen", "en": "check on the page"})
        tm = markup_translator("en")

        with language("de"):
            assert str(tm("x-step", c=Markup("<code>x</code>"))) == "check with <code>x</code>"
            with surface("web"):
                assert str(tm("x-step", c="x")) == "check on the page"


class TestTemplateCsv:
    """The empty upload template has exactly lexoffice's header row."""

    def test_customers(self) -> None:
        """Customer template: exact names in catalog order, ``;``, CRLF, UTF-8 with BOM (for Excel)."""
        catalog = load_catalog()
        data = template_bytes(catalog)
        assert data.endswith(b"\r\n")
        assert data.count(b"\r\n") == 1
        assert data.startswith(b"\xef\xbb\xbf")
        names = data.decode("utf-8-sig").removesuffix("\r\n").split(";")
        assert names == catalog.names("customers")
        assert names[0] == "Kundennummer"
        assert "Lieferantennummer" not in names
        assert len(names) == 31

    def test_suppliers(self) -> None:
        """Supplier template starts with Lieferantennummer and has no Kundennummer."""
        catalog = load_catalog()
        names = template_bytes(catalog, "suppliers").decode("utf-8-sig").removesuffix("\r\n").split(";")
        assert names == catalog.names("suppliers")
        assert names[0] == "Lieferantennummer"
        assert "Kundennummer" not in names

    def test_encodings(self) -> None:
        """cp1252 writes ß as one byte; utf-8-sig starts with a BOM."""
        catalog = load_catalog()
        assert b";Stra\xdfe 1;" in template_bytes(catalog, encoding="cp1252")
        assert b";Stra\xc3\x9fe 1;" in template_bytes(catalog, encoding="utf-8")
        assert template_bytes(catalog, encoding="utf-8-sig").startswith(b"\xef\xbb\xbfKundennummer;")

    def test_errors(self) -> None:
        """A wrong kind, an unknown encoding or one that cannot hold ß is a usage error."""
        catalog = load_catalog()
        with pytest.raises(ConfigurationError, match="customers oder suppliers"):
            template_bytes(catalog, "both")
        with pytest.raises(ConfigurationError, match="kennt Python nicht"):
            template_bytes(catalog, encoding="klingon")
        with pytest.raises(ConfigurationError, match="ascii"):
            template_bytes(catalog, encoding="ascii")


class TestAssumptions:
    """The "Was lexoffice nicht dokumentiert" box."""

    def test_from_report(self) -> None:
        """The report's own assumptions are listed."""
        text = PageParser.parse(render()).all_text
        assert "Welche Kodierung lexoffice beim Import erwartet" in text
        assert "Der Bereich der Lieferantennummern" not in text

    def test_fallback_to_catalog(self) -> None:
        """A report without settings.assumptions shows the catalog's assumptions."""
        report = load_report()
        report["settings"] = {}
        text = PageParser.parse(render(report)).all_text
        for assumption in load_catalog().assumptions:
            assert assumption.de in text

    def test_a_web_run_keeps_its_wording_in_english(self) -> None:
        """A report of a run from the web page holds the page's wording, which names no option to
        choose there ("in der Auswahl „Kodierung der Upload-Dateien“"); rendered in English, it
        stays the page's wording, not the command line's "--output-encoding"."""
        encoding = next(a for a in load_catalog().assumptions if a.key == "output-encoding")
        assert encoding.de_web is not None
        assert encoding.en_web is not None
        report = load_report()
        report["settings"] = {"assumptions": [{"key": "output-encoding", "text": encoding.de_web}]}

        german = PageParser.parse(render(report)).all_text
        english = PageParser.parse(render(report, lang="en")).all_text

        assert "„Kodierung der Upload-Dateien“" in german
        assert "“Encoding of the upload files” choice" in english
        assert "--output-encoding" not in german + english

    KEYS: ClassVar[tuple[str, ...]] = ("output-encoding", "delimiter")

    def test_keys_are_catalog_keys(self) -> None:
        """The fixture's assumption keys exist in the catalog, so English falls back correctly."""
        keys = {a.key for a in load_catalog().assumptions}
        assert set(self.KEYS) <= keys
        fixture_keys = {a["key"] for a in load_report()["settings"]["assumptions"]}
        assert fixture_keys == set(self.KEYS)


class TestFixture:
    """The fixed input report looks like the real one."""

    def test_fixture_shape(self) -> None:
        """The fixture has the top-level keys of the real JSON report."""
        keys = ("version", "verdict", "input", "size", "encoding", "dialect", "rows", "columns", "issues")
        report = load_report()
        for key in (*keys, "outputs", "settings"):
            assert key in report
