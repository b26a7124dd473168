"""The rule registry and the pandera validation: each rule fires on a bad row, not on a near miss."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import ClassVar

import polars as pl
import pytest

from importer.catalog import Catalog, load_catalog
from importer.issues import IssueList
from importer.messages import MESSAGES, language, msg
from importer.model import Issue, Severity
from importer.rules import RULES, codes, finding, message_expr, severity
from importer.validate import validate
from schemas import build_schema, rule_checks
from schemas.contacts import KINDS, RuleCheck, _as_check

CATALOG = load_catalog()


def make_frame(*rows: Mapping[str, str | None], catalog: Catalog = CATALOG) -> pl.DataFrame:
    """A working frame: every catalog column (null where a row does not name it), rows from 2 on."""
    names = catalog.names()
    extra = sorted({key for row in rows for key in row if key not in names and not key.startswith("__")})
    columns = [*names, *extra]
    frame = pl.DataFrame(
        [{c: row.get(c) for c in columns} for row in rows],
        schema=dict.fromkeys(columns, pl.String),
        orient="row",
    )
    rows_given = [row.get("__row__") for row in rows]
    row_numbers = [int(r) if r is not None else i + 2 for i, r in enumerate(rows_given)]
    return frame.with_columns(
        pl.Series("__row__", row_numbers, dtype=pl.Int64),
        pl.Series("__line__", [n + 10 for n in row_numbers], dtype=pl.Int64),
    )


def findings(
    *rows: Mapping[str, str | None], role: str = "customers", catalog: Catalog = CATALOG
) -> set[tuple[int, str, str]]:
    """(row, column, code) of every finding for ``rows``."""
    return {
        (i.row, i.column or "", i.code) for i in validate(make_frame(*rows, catalog=catalog), role, catalog)
    }


def codes_of(
    *rows: Mapping[str, str | None], role: str = "customers", catalog: Catalog = CATALOG
) -> set[str]:
    """The codes found for ``rows``."""
    return {code for _row, _column, code in findings(*rows, role=role, catalog=catalog)}


PERSON = {"Anrede": "Frau", "Vorname": "Anna", "Nachname": "Schäfer"}
COMPANY = {"Firmenname": "Bäckerei Müller GmbH"}


class TestRegistry:
    """The registry holds every code once, with severity, title and hint in both languages."""

    PIPELINE_CODES: ClassVar[dict[str, Severity]] = {
        "role-both": Severity.WARNING,
        "contact-duplicate": Severity.WARNING,
        "company-repeated": Severity.WARNING,
        "header-blank": Severity.WARNING,
        "header-duplicate": Severity.WARNING,
        "row-too-short": Severity.WARNING,
        "row-too-long": Severity.WARNING,
        "encoding-uncertain": Severity.WARNING,
        "output-unencodable": Severity.ERROR,
        "customer-number-renumbered": Severity.FIX,
    }

    def test_pipeline_codes_have_their_documented_severity(self) -> None:
        """Codes raised outside clean/validate are registered with the agreed severity."""
        assert {code: severity(code) for code in self.PIPELINE_CODES} == self.PIPELINE_CODES

    def test_clean_codes_are_fixes_except_some_warnings(self) -> None:
        """Everything clean.py changes is a FIX; an unsure name split (contact person or whole
        name), a "PLZ Ort" not split, an unused merge input, a company's name left for want of a
        free contact person, a company's first name without a last name, a country read from a
        row's phone, e-mail or VAT id, and a second phone number or address set aside for want of a
        free second column, a phone number Excel wrote in scientific notation set aside, and several
        values left in one cell (" ::: "), several linked entries in one cell, and a spaced
        address's state or unsure order, are
        warnings, and a fix that would
        create a formula is an error."""
        levels = {code: severity(code) for code in codes("clean")}
        assert levels.pop("contact-person-split-unsure") is Severity.WARNING
        assert levels.pop("person-name-split-unsure") is Severity.WARNING
        assert levels.pop("company-from-name-unsure") is Severity.WARNING
        assert levels.pop("company-from-tax-id") is Severity.WARNING
        assert levels.pop("postcode-leading-zero-unsure") is Severity.WARNING
        assert levels.pop("company-of-person-set-aside") is Severity.WARNING
        assert levels.pop("company-kind-without-company") is Severity.WARNING
        assert levels.pop("postcode-city-not-split") is Severity.WARNING
        assert levels.pop("merge-input-unused") is Severity.WARNING
        assert levels.pop("company-person-kept") is Severity.WARNING
        assert levels.pop("company-first-name-alone") is Severity.WARNING
        assert levels.pop("country-from-hints") is Severity.WARNING
        assert levels.pop("country-from-foreign-hints") is Severity.WARNING
        assert levels.pop("country-hint-foreign") is Severity.WARNING
        assert levels.pop("multiple-phones-set-aside") is Severity.WARNING
        assert levels.pop("fax-set-aside") is Severity.WARNING
        assert levels.pop("contact-detail-set-aside") is Severity.WARNING
        assert levels.pop("company-beside-first-name") is Severity.WARNING
        assert levels.pop("name-order-unsure") is Severity.WARNING
        assert levels.pop("multiple-emails-set-aside") is Severity.WARNING
        assert levels.pop("greeting-set-aside") is Severity.WARNING
        assert levels.pop("salutation-code-set-aside") is Severity.WARNING
        assert levels.pop("scientific-number-set-aside") is Severity.WARNING
        assert levels.pop("contact-person-is-person-unsure") is Severity.WARNING
        assert levels.pop("value-list-kept") is Severity.WARNING
        assert levels.pop("vat-id-in-tax-number") is Severity.WARNING
        assert levels.pop("links-several") is Severity.WARNING
        assert levels.pop("address-parts-state") is Severity.WARNING
        assert levels.pop("address-parts-unsure") is Severity.WARNING
        assert levels.pop("fix-creates-formula") is Severity.ERROR
        assert set(levels.values()) == {Severity.FIX}
        assert len(levels) == 55

    @pytest.mark.parametrize("lang", ["de", "en"])
    def test_every_rule_has_title_and_hint(self, lang: str) -> None:
        """Title and hint render, non-empty, in German and English."""
        with language(lang):
            for rule in RULES.values():
                assert rule.title.strip(), rule.code
                assert rule.hint.strip(), rule.code
        assert MESSAGES["rule-email-invalid-title"]["de"] != MESSAGES["rule-email-invalid-title"]["en"]

    def test_schema_check_names_are_exactly_the_validate_codes(self) -> None:
        """Schema checks are named with registered validate codes, and each such code has a check."""
        names = {
            rule.code
            for role in ("customers", "suppliers")
            for rules in rule_checks(role, CATALOG).values()
            for rule in rules
        }
        assert names == set(codes("validate"))

    def test_every_emptied_cell_message_exists(self) -> None:
        """A fix that empties a cell is worded by its own message (a missing one was an internal
        error at run time)."""
        from importer.clean import _EMPTIED_MESSAGES

        assert all(key in MESSAGES for key in _EMPTIED_MESSAGES.values())
        assert set(_EMPTIED_MESSAGES) <= set(codes("clean"))

    def test_every_validate_and_clean_code_has_an_issue_message(self) -> None:
        """Each code clean/validate emits has an ``issue-<code>`` text (postcode has per-country variants)."""
        for code in [*codes("clean"), *codes("validate")]:
            key = f"issue-{code}" if code != "postcode-invalid" else "issue-postcode-invalid-de"
            assert key in MESSAGES, code


class TestMessageExpr:
    """Messages are worded column-wise from the same templates msg() uses."""

    def test_matches_msg_row_by_row(self) -> None:
        """The vectorised text equals msg() for each row, also in English."""
        frame = pl.DataFrame({"column": ["E-Mail 1", "E-Mail 2"], "value": ["a@", "b@"]})
        for lang in ("de", "en"):
            with language(lang):
                got = frame.select(
                    message_expr("issue-email-invalid", column=pl.col("column"), value=pl.col("value"))
                )
                want = [msg("issue-email-invalid", column=c, value=v) for c, v in frame.iter_rows()]
                assert got.to_series().to_list() == want

    def test_empty_field_renders_empty(self) -> None:
        """A null field is an empty quote (``„“``), not a placeholder; the other fields are filled in."""
        got = pl.select(
            message_expr(
                "issue-customer-number-range",
                value=pl.lit(None, dtype=pl.String),
                min=pl.lit("10000"),
                max=pl.lit("69999"),
            )
        ).item()

        assert got == (
            "Die Kundennummer „“ ist ungültig: erlaubt sind genau 5 Ziffern von 10000 bis 69999. "
            "Korrigieren Sie sie oder lassen Sie das Feld leer, dann vergibt lexoffice eine Nummer."
        )

    def test_empty_template_gives_an_empty_message(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A template without text and fields words every row as the empty string (not null)."""
        monkeypatch.setitem(MESSAGES, "x-empty", {"de": "", "en": ""})

        got = pl.DataFrame({"a": [1, 2]}).with_columns(message_expr("x-empty").alias("m"))

        assert got.get_column("m").to_list() == ["", ""]


class TestCustomerNumber:
    """Kundennummer: empty or exactly five digits within catalog.customer_range, unique in the file."""

    @pytest.mark.parametrize(
        ("number", "bad"),
        [
            ("69999", False),
            ("10000", False),
            (None, False),
            ("70000", True),
            ("01234", True),
            ("9999", True),
            ("1234a", True),
            ("100000", True),
            ("10.000", True),
        ],
    )
    def test_range(self, number: str | None, bad: bool) -> None:
        """69999 and 10000 pass; 70000, 01234 and anything not five digits fail."""
        found = findings({**COMPANY, "Kundennummer": number})
        assert ((2, "Kundennummer", "customer-number-range") in found) is bad

    def test_range_comes_from_the_catalog(self) -> None:
        """A catalog with another range moves the limits."""
        narrow = replace(CATALOG, settings={**CATALOG.settings, "customer_number_max": 19999})
        assert "customer-number-range" in codes_of({**COMPANY, "Kundennummer": "20000"}, catalog=narrow)
        assert "customer-number-range" not in codes_of({**COMPANY, "Kundennummer": "19999"}, catalog=narrow)

    def test_duplicates_flag_second_and_later_occurrences(self) -> None:
        """The first 10001 is fine; the second and third are errors naming the first row."""
        frame = make_frame(
            {**COMPANY, "Kundennummer": "10001"},
            {**COMPANY, "Kundennummer": "10002"},
            {**COMPANY, "Kundennummer": "10001"},
            {**COMPANY, "Kundennummer": "10001"},
        )
        found = [i for i in validate(frame, "customers", CATALOG) if i.code == "customer-number-duplicate"]
        assert [i.row for i in found] == [4, 5]
        assert all("Zeile 2" in i.message for i in found)
        assert {i.severity for i in found} == {Severity.ERROR}

    def test_empty_numbers_are_no_duplicates(self) -> None:
        """Several rows without a number are fine (lexoffice assigns them)."""
        assert "customer-number-duplicate" not in codes_of(COMPANY, COMPANY, COMPANY)

    def test_supplier_number_is_not_checked_in_a_customer_file(self) -> None:
        """Lieferantennummer is not part of the customer upload, so it is not validated there."""
        assert codes_of({**COMPANY, "Lieferantennummer": "123"}) == set()


class TestSupplierNumber:
    """Lieferantennummer: empty or five digits within catalog.supplier_range, unique in the file."""

    @pytest.mark.parametrize(
        ("number", "bad"),
        [
            ("70000", False),
            ("85000", False),
            ("99999", False),
            ("100000", True),
            ("69999", True),
            ("7000", True),
        ],
    )
    def test_range(self, number: str, bad: bool) -> None:
        """70000–99999 (DATEV's creditor range) pass by default; 69999 and six digits fail."""
        found = findings({**COMPANY, "Lieferantennummer": number}, role="suppliers")
        assert ((2, "Lieferantennummer", "supplier-number-range") in found) is bad

    def test_narrowed_range(self) -> None:
        """With supplier_number_max = 79999 (``--catalog``), 80000 is refused."""
        narrow = replace(CATALOG, settings={**CATALOG.settings, "supplier_number_max": 79999})
        found = codes_of({**COMPANY, "Lieferantennummer": "80000"}, role="suppliers", catalog=narrow)
        assert found == {"supplier-number-range"}

    def test_duplicate(self) -> None:
        """A repeated supplier number is an error on its second occurrence only."""
        found = findings(
            {**COMPANY, "Lieferantennummer": "70001"},
            {**COMPANY, "Lieferantennummer": "70001"},
            role="suppliers",
        )
        assert found == {(3, "Lieferantennummer", "supplier-number-duplicate")}


class TestNames:
    """Person rows need a Nachname (error) and should have Vorname and Anrede (warnings)."""

    def test_name_missing(self) -> None:
        """A row with neither Firmenname nor Nachname is an error on Nachname."""
        assert (2, "Nachname", "name-missing") in findings({"Vorname": "Anna", "Anrede": "Frau"})

    def test_company_needs_no_last_name(self) -> None:
        """A company row without Nachname, Vorname and Anrede has no finding."""
        assert codes_of(COMPANY) == set()

    def test_first_name_missing(self) -> None:
        """A person with Nachname but no Vorname gets a warning on Vorname."""
        found = findings({"Anrede": "Herr", "Nachname": "Meier"})
        assert found == {(2, "Vorname", "first-name-missing")}

    def test_salutation_missing(self) -> None:
        """A person with Nachname but no Anrede gets a warning on Anrede."""
        assert findings({"Vorname": "Hans", "Nachname": "Meier"}) == {(2, "Anrede", "salutation-missing")}

    def test_complete_person_is_fine(self) -> None:
        """Anrede, Vorname and Nachname together raise nothing."""
        assert codes_of(PERSON) == set()

    def test_warnings_have_warning_severity(self) -> None:
        """Severity comes from the registry."""
        issues = validate(make_frame({"Nachname": "Meier"}), "customers", CATALOG)
        assert {i.code: i.severity for i in issues} == {
            "first-name-missing": Severity.WARNING,
            "salutation-missing": Severity.WARNING,
        }


class TestEmail:
    """Every e-mail column holds one syntactically valid address."""

    @pytest.mark.parametrize(
        "address",
        [
            "info@baeckerei-mueller.de",
            "a.b+c@example.co.uk",
            "info@müller.de",
            "x_y@sub.example.com",
            "info@" + "x" * 63 + ".de",
            "info@xn--mller-kva.de",
        ],
    )
    def test_valid(self, address: str) -> None:
        """Plain, plus-addressed, internationalised, sub-domain and 63-character-label addresses pass."""
        assert codes_of({**COMPANY, "E-Mail 1": address}) == set()

    @pytest.mark.parametrize(
        "address",
        [
            "bad@",
            "a@b",
            "a b@c.de",
            "a@x.de; b@y.de",
            "a..b@x.de",
            ".a@x.de",
            "a@-x.de",
            "info(at)x.de",
            "ä@x.de",
            "info@" + "x" * 64 + ".de",
            "info@example." + "d" * 64,
        ],
    )
    def test_invalid(self, address: str) -> None:
        """Incomplete, spaced, doubled, dotted-wrong, non-ASCII local parts and 64-character labels fail."""
        assert (2, "E-Mail 1", "email-invalid") in findings({**COMPANY, "E-Mail 1": address})

    @pytest.mark.parametrize("column", ["E-Mail 2", "Ansprechpartner 1 E-Mail", "Ansprechpartner 2 E-Mail"])
    def test_all_email_columns(self, column: str) -> None:
        """E-Mail 2 and the contact persons' e-mails are checked too."""
        row = {
            **COMPANY,
            column: "kaputt@",
            "Ansprechpartner 1 Nachname": "Weber",
            "Ansprechpartner 2 Nachname": "Lo",
        }
        assert findings(row) == {(2, column, "email-invalid")}


class TestPostcode:
    """PLZ n against Land n: DE or empty 5 digits, AT/CH 4 digits, elsewhere at most 10 characters."""

    @pytest.mark.parametrize(
        ("postcode", "country", "bad"),
        [
            ("01067", "DE", False),
            ("1067", "DE", True),
            ("1234", None, True),
            ("12345", None, False),
            ("1010", "AT", False),
            ("01010", "AT", True),
            ("8001", "CH", False),
            ("80010", "CH", True),
            ("75001", "FR", False),
            ("SW1A 1AA", "GB", False),
            ("12345-6789", "US", False),  # exactly 10 characters: the limit itself is allowed
            ("12345-67890", "US", True),
            ("1234a", "DE", True),
        ],
    )
    def test_billing(self, postcode: str, country: str | None, bad: bool) -> None:
        """The postcode of address 1 is judged by Land 1."""
        found = findings({**COMPANY, "PLZ 1": postcode, "Land 1": country})
        assert ((2, "PLZ 1", "postcode-invalid") in found) is bad

    def test_shipping_uses_its_own_country(self) -> None:
        """PLZ 2 is judged by Land 2, not by Land 1."""
        found = findings({**COMPANY, "PLZ 1": "1010", "Land 1": "AT", "PLZ 2": "1010"})
        assert found == {(2, "PLZ 2", "postcode-invalid")}

    def test_message_names_the_rule_that_applied(self) -> None:
        """An empty Land says Germany was assumed; AT says four digits."""
        issues = validate(
            make_frame({**COMPANY, "PLZ 1": "123"}, {**COMPANY, "PLZ 1": "123", "Land 1": "AT"}),
            "customers",
            CATALOG,
        )
        assert "Land 1 ist leer" in issues[0].message
        assert "4 Ziffern" in issues[1].message
        assert "= AT" in issues[1].message


class TestCountry:
    """Land n must be an ISO alpha-2 code after cleaning (or a lexoffice extended code)."""

    @pytest.mark.parametrize(
        ("value", "bad"),
        [
            ("DE", False),
            ("AT", False),
            ("ES_CN", False),
            ("XX", True),
            ("Deutschland", True),
            ("de", True),
            ("D", True),
        ],
    )
    def test_codes(self, value: str, bad: bool) -> None:
        """Known codes pass; names, lower case and vehicle codes left uncleaned fail."""
        found = findings({**COMPANY, "Land 1": value, "Land 2": value})
        assert ((2, "Land 1", "country-unknown") in found) is bad
        assert ((2, "Land 2", "country-unknown") in found) is bad


class TestValueTooLong:
    """Columns with a catalog max_length (the salutations: 25) reject longer values."""

    @pytest.mark.parametrize("column", ["Anrede", "Ansprechpartner 1 Anrede", "Ansprechpartner 2 Anrede"])
    def test_limit(self, column: str) -> None:
        """26 characters fail, 25 pass."""
        names = {"Ansprechpartner 1 Nachname": "Weber", "Ansprechpartner 2 Nachname": "Krüger"}
        assert (2, column, "value-too-long") in findings({**PERSON, **names, column: "x" * 26})
        assert "value-too-long" not in codes_of({**PERSON, **names, column: "x" * 25})

    def test_message_gives_length_and_limit(self) -> None:
        """The message says how long the value is and what is allowed."""
        issue = validate(make_frame({**PERSON, "Anrede": "y" * 30}), "customers", CATALOG)[0]
        assert "30 Zeichen" in issue.message
        assert "höchstens 25" in issue.message

    def test_message_quotes_the_first_59_characters_of_a_long_value(self) -> None:
        """A value longer than 60 characters is quoted by its first 59 and "…" (it may be huge);
        one of 60 or fewer is quoted whole. Whole messages written out by hand."""
        long_value = "Sehr geehrte Frau Professorin Doktorin " + "abcdefghij" * 3  # 69 characters
        short_value = "Sehr geehrte Frau Professorin Doktorin abc"  # 42 characters
        limit_value = "x" * 60  # exactly the quote limit: still quoted whole
        rows = [{**PERSON, "Anrede": v} for v in (long_value, short_value, limit_value)]
        issues = validate(make_frame(*rows), "customers", CATALOG)
        assert sorted(i.message for i in issues if i.code == "value-too-long") == [
            "Anrede hat 42 Zeichen, erlaubt sind höchstens 25. Kürzen Sie den Wert "
            "„Sehr geehrte Frau Professorin Doktorin abc“.",
            "Anrede hat 60 Zeichen, erlaubt sind höchstens 25. Kürzen Sie den Wert „" + "x" * 60 + "“.",
            "Anrede hat 69 Zeichen, erlaubt sind höchstens 25. Kürzen Sie den Wert "
            "„Sehr geehrte Frau Professorin Doktorin abcdefghijabcdefghij…“.",
        ]


class TestContactPersonName:
    """Any field of contact person n needs that person's Nachname."""

    def test_first_name_without_last_name(self) -> None:
        """A Vorname alone is an error on Ansprechpartner 1 Nachname, with an empty value."""
        issues = validate(make_frame({**COMPANY, "Ansprechpartner 1 Vorname": "Jonas"}), "customers", CATALOG)
        assert [(i.column, i.code, i.value) for i in issues] == [
            ("Ansprechpartner 1 Nachname", "contact-person-name-missing", None)
        ]

    def test_second_person_email_only(self) -> None:
        """An e-mail of contact person 2 alone needs Ansprechpartner 2 Nachname."""
        found = findings({**COMPANY, "Ansprechpartner 2 E-Mail": "l@x.de"})
        assert found == {(2, "Ansprechpartner 2 Nachname", "contact-person-name-missing")}

    def test_complete_person(self) -> None:
        """Vorname and Nachname together pass; no contact person at all passes."""
        assert (
            codes_of({**COMPANY, "Ansprechpartner 1 Vorname": "Jo", "Ansprechpartner 1 Nachname": "Weber"})
            == set()
        )
        assert codes_of(COMPANY) == set()


class TestVatId:
    """Umsatzsteuer ID: format and check digit of its country (python-stdnum), a warning."""

    @pytest.mark.parametrize(
        ("vat_id", "bad"),
        [
            ("DE136695976", False),
            ("DE 136 695 976", False),
            ("ATU13585627", False),
            ("DE123456789", True),
            ("ATU13585626", True),
            ("123", True),
        ],
    )
    def test_ids(self, vat_id: str, bad: bool) -> None:
        """Valid German and Austrian IDs pass; a wrong check digit or no country prefix warns."""
        assert ("vat-id-invalid" in codes_of({**COMPANY, "Umsatzsteuer ID": vat_id})) is bad


class TestFormulaLike:
    """Cells that Excel would run as a formula are flagged in every column."""

    @pytest.mark.parametrize(
        ("value", "bad"),
        [
            ("+49 351 123", False),
            ("-5", False),
            ("Meier-Schulz", False),
            ("=SUM(A1)", True),
            ("-Müller", True),
            ("@home", True),
            ("+", True),
            ("+ 49 351", True),
        ],
    )
    def test_values(self, value: str, bad: bool) -> None:
        """=, @ and +/- not followed by a digit warn; phone numbers and negative numbers do not."""
        found = findings({**COMPANY, "Telefon 1": value, "Adresszusatz 1": value})
        assert ((2, "Telefon 1", "formula-like-value") in found) is bad
        assert ((2, "Adresszusatz 1", "formula-like-value") in found) is bad

    def test_message_names_the_first_character(self) -> None:
        """The message quotes the value and names its first character alone (written out by hand)."""
        issues = validate(make_frame({**COMPANY, "Adresszusatz 1": "=SUM(A1)"}), "customers", CATALOG)
        assert [i.message for i in issues if i.code == "formula-like-value"] == [
            "„=SUM(A1)“ in Adresszusatz 1 beginnt mit „=“ und wird in Excel als Formel ausgeführt. "
            "Entfernen Sie das Zeichen am Anfang, wenn es nicht dazugehört."
        ]


class TestCompanyFieldOnPerson:
    """Found by the value-testing session: a person's VAT id, tax number or contact person passed
    silently; lexoffice keeps them for companies only (its API), so they would be lost."""

    @pytest.mark.parametrize(
        ("column", "value"),
        [
            ("Umsatzsteuer ID", "DE136695976"),
            ("Steuernummer", "12/345/67890"),
            ("Ansprechpartner 1 Nachname", "Kunz"),
            ("Ansprechpartner 2 E-Mail", "b@x.de"),
        ],
    )
    def test_warned_on_a_person(self, column: str, value: str) -> None:
        issues = validate(make_frame({**PERSON, column: value}), "customers", CATALOG)
        found = [i for i in issues if i.code == "company-field-on-person"]
        assert [(i.row, i.column, i.severity) for i in found] == [(2, column, Severity.WARNING)]
        assert f"„{value}“ in {column} steht bei einer Privatperson" in found[0].message

    def test_a_row_without_a_name_is_called_no_private_person(self) -> None:
        """Found by the 37th session's real-export round: HubSpot's companies, their name column
        unmapped, were told their VAT id "steht bei einer Privatperson"; a row without any name is
        a company whose name is missing, and the message says so."""
        issues = validate(make_frame({"Umsatzsteuer ID": "DE136695976"}), "customers", CATALOG)
        (found,) = [i for i in issues if i.code == "company-field-on-person"]
        assert found.message == (
            "„DE136695976“ in Umsatzsteuer ID gehört zu einer Firma, aber die Zeile hat keinen Namen "
            "(Firmenname und Nachname sind leer). Tragen Sie den Namen des Unternehmens als Firmenname "
            "ein; steht er in einer anderen Spalte der Datei, ordnen Sie diese Firmenname zu."
        )
        assert "name-missing" in {i.code for i in issues}

    def test_not_on_a_company(self) -> None:
        row = {**COMPANY, "Umsatzsteuer ID": "DE136695976", "Ansprechpartner 1 Nachname": "Kunz"}
        assert not {f for f in findings(row) if f[2] == "company-field-on-person"}


class TestCompanyNameInPersonField:
    """A legal form in Vorname/Nachname of a row without Firmenname warns (word-boundary aware)."""

    @pytest.mark.parametrize(
        ("last_name", "bad"),
        [
            ("Kaiser", False),
            ("Aggi", False),
            ("Kugler", False),
            ("HAGEN", False),
            ("KUGLER", False),
            ("Schmidt GmbH", True),
            ("Müller & Co. KG", True),
            ("Bäckerei Hansen e.K.", True),
            ("Meier AG", True),
            ("Huber gmbh", True),
            ("Weber UG", True),
        ],
    )
    def test_last_name(self, last_name: str, bad: bool) -> None:
        """GmbH, AG, KG, UG, e.K., & Co. trigger; names merely containing those letters (HAGEN) do not."""
        found = findings({"Anrede": "Herr", "Vorname": "Hans", "Nachname": last_name})
        assert ((2, "Nachname", "company-name-in-person-field") in found) is bad

    def test_first_name(self) -> None:
        """Vorname is checked too."""
        assert (2, "Vorname", "company-name-in-person-field") in findings({**PERSON, "Vorname": "Meier GmbH"})

    def test_not_on_company_rows(self) -> None:
        """With a Firmenname, a legal form in Nachname is no finding."""
        assert codes_of({**COMPANY, "Nachname": "Schmidt GmbH"}) == set()

    def test_only_the_name_fields(self) -> None:
        """A person's street may name a company ("Am GmbH-Park 1"): only Vorname and Nachname are checked."""
        assert findings({**PERSON, "Straße 1": "Am GmbH-Park 1", "Ort 1": "Köln"}) == set()


class TestPhoneScientificNotation:
    """Excel's scientific notation in any phone column warns."""

    @pytest.mark.parametrize(
        ("value", "bad"),
        [
            ("4,9301E+11", True),
            ("4.93E+11", True),
            ("4,93e11", True),
            ("+49 351 1234567", False),
            ("0171 2345678", False),
            ("E-Werk 1", False),
        ],
    )
    def test_values(self, value: str, bad: bool) -> None:
        """Mantissa-exponent numbers warn; real phone numbers do not."""
        assert (
            (2, "Telefon 2", "phone-scientific-notation") in findings({**COMPANY, "Telefon 2": value})
        ) is bad

    def test_contact_person_phone(self) -> None:
        """The contact persons' phone columns are checked too."""
        row = {**COMPANY, "Ansprechpartner 1 Nachname": "Weber", "Ansprechpartner 1 Telefon": "4.93E+11"}
        assert findings(row) == {(2, "Ansprechpartner 1 Telefon", "phone-scientific-notation")}


class TestCharacterReplaced:
    """Found by a hostile-input session: Excel's "CSV (Trennzeichen-getrennt)" turned "Łódź" and
    "Dvořák" into "?ód?" and "Dvo?ák", uploaded as ready. A "?" beside a letter, or U+FFFD, in a
    name, street or place warns."""

    @pytest.mark.parametrize(
        ("column", "value", "bad"),
        [
            ("Firmenname", "Dvo?ák s.r.o.", True),
            ("Ort 1", "?ód?", True),
            ("Nachname", "Petrovi?", True),
            ("Straße 1", "Gda?ska 5", True),
            ("Firmenname", "Kaputt\ufffd GmbH", True),
            ("Ansprechpartner 1 Nachname", "Nová?ek", True),
            ("Firmenname", "Łódź Trading Sp. z o.o.", False),
            ("Straße 1", "Weg 3 ?", False),
            ("Firmenname", "Wer liefert was? GmbH", False),  # a question mark ending a word
            ("Ort 1", "Köln", False),
        ],
    )
    def test_values(self, column: str, value: str, bad: bool) -> None:
        row: dict[str, str | None] = {**COMPANY, column: value}
        if column.startswith("Ansprechpartner"):
            row["Ansprechpartner 1 Vorname"] = "Jana"
        assert ((2, column, "character-replaced") in findings(row)) is bad

    def test_a_warning_the_row_is_uploaded(self) -> None:
        (issue,) = validate(make_frame({**COMPANY, "Ort 1": "?ód?"}), "customers", CATALOG)
        assert issue.severity is Severity.WARNING
        assert "„?ód?“ (Ort 1)" in issue.message
        assert "CSV UTF-8" in issue.message

    def test_other_columns_are_not_looked_at(self) -> None:
        """An e-mail address or a phone number has findings of its own."""
        assert codes_of({**COMPANY, "Telefon 1": "?", "Steuernummer": "a?b"}) == {"phone-not-a-number"}


class TestPhonePrefixMissing:
    """Bare digits in a German, Austrian or Swiss row have probably lost their 0 or + in Excel: a
    warning that shows the readings giving a valid number (the tester's inputs)."""

    @staticmethod
    def messages(row: Mapping[str, str | None]) -> dict[str, str]:
        """The ``phone-prefix-missing`` messages of ``row``, by column."""
        issues = validate(make_frame(row), "customers", CATALOG)
        return {i.column or "": i.message for i in issues if i.code == "phone-prefix-missing"}

    def test_readings_with_zero_or_plus(self) -> None:
        """The 0 reading where it is a valid number in the row's country, the + reading where the
        digits start with a country code: one or both, in the form they are dialled."""
        row = {**COMPANY, "Telefon 1": "4935112345678", "Telefon 2": "491711234567"}
        assert self.messages(row) == {
            "Telefon 1": "„4935112345678“ in Telefon 1 hat kein + am Anfang; wahrscheinlich hat Excel es "
            "weggelassen, weil es Telefonnummern als Zahlen speichert. "
            "Mit + davor ist es „+49 351 12345678“. Tragen Sie die Nummer mit + ein, wenn das stimmt.",
            "Telefon 2": "„491711234567“ in Telefon 2 hat weder 0 noch + am Anfang; wahrscheinlich hat Excel "
            "die 0 oder das + weggelassen, weil es Telefonnummern als Zahlen speichert. Mit 0 davor ist es "
            "„0491 711234567“, mit + davor „+49 171 1234567“. Tragen Sie die richtige Nummer ein.",
        }

    def test_catalog_without_country_reads_germany(self) -> None:
        """With no Land column in the catalog (``--catalog``), the readings are German ones."""
        catalog = replace(CATALOG, columns=tuple(c for c in CATALOG.columns if not c.name.startswith("Land")))
        frame = make_frame({**COMPANY, "Telefon 1": "3511234567"}, {**COMPANY, "Telefon 1": "0351 1234567"})

        issues = validate(frame.drop("Land 1", "Land 2"), "customers", catalog)

        assert [(i.row, i.code, i.message) for i in issues] == [
            (
                2,
                "phone-prefix-missing",
                "„3511234567“ in Telefon 1 hat keine 0 am Anfang; wahrscheinlich hat Excel sie weggelassen, "
                "weil es Telefonnummern als Zahlen speichert. Mit 0 davor ist es „0351 1234567“. "
                "Tragen Sie die Nummer mit 0 ein, wenn das stimmt.",
            )
        ]

    def test_valid_as_written_still_warns(self) -> None:
        """``3511234567`` is a valid German number as it stands (phone-invalid lets it pass), but
        nobody can dial it: a warning, not a rejection."""
        issues = validate(make_frame({**COMPANY, "Telefon 1": "3511234567"}), "customers", CATALOG)
        assert [(i.code, i.severity) for i in issues] == [("phone-prefix-missing", Severity.WARNING)]
        assert issues[0].message == (
            "„3511234567“ in Telefon 1 hat keine 0 am Anfang; wahrscheinlich hat Excel sie weggelassen, "
            "weil es Telefonnummern als Zahlen speichert. Mit 0 davor ist es „0351 1234567“. "
            "Tragen Sie die Nummer mit 0 ein, wenn das stimmt."
        )

    def test_english(self) -> None:
        """With --lang en the message is English."""
        with language("en"):
            found = self.messages({**COMPANY, "Telefon 1": "1711234567"})
        assert found == {
            "Telefon 1": "“1711234567” in Telefon 1 has no 0 in front; Excel probably dropped it, "
            "as it stores phone numbers as numbers. With 0 in front it is “0171 1234567”. "
            "Enter the number with 0 if that is right."
        }

    @pytest.mark.parametrize(
        "value", ["0351 1234567", "0171 1234567", "+49 351 1234567", "0049 351 1234567", "+4935112345678"]
    )
    def test_numbers_with_zero_or_plus_pass(self, value: str) -> None:
        """A number written with its 0, + or 00 gets no finding; the same digits bare do."""
        rows = [{**COMPANY, "Telefon 1": value}, {**COMPANY, "Telefon 1": "3511234567"}]
        assert findings(*rows) == {(3, "Telefon 1", "phone-prefix-missing")}

    @pytest.mark.parametrize(
        ("land", "value", "reading"),
        [
            ("AT", "12345678", "„01 2345678“"),
            ("AT", "436641234567", "„+43 664 1234567“"),
            ("CH", "446681800", "„044 668 18 00“"),
            ("CH", "41446681800", "„+41 44 668 18 00“"),
        ],
    )
    def test_austria_and_switzerland(self, land: str, value: str, reading: str) -> None:
        """Austrian and Swiss rows dial with 0 too: the same warning, read in their country."""
        row = {**COMPANY, "Land 1": land, "Ansprechpartner 1 Nachname": "Weber"}
        found = self.messages({**row, "Ansprechpartner 1 Telefon": value})
        assert list(found) == ["Ansprechpartner 1 Telefon"]
        assert reading in found["Ansprechpartner 1 Telefon"]

    def test_not_in_countries_without_leading_zero(self) -> None:
        """A US number is written without 0 or +: ``2125550100`` is no finding in a US row, but in a
        German one (0212 5550100, Solingen)."""
        rows = [
            {**COMPANY, "Land 1": "US", "Telefon 1": "2125550100"},
            {**COMPANY, "Telefon 1": "2125550100"},
        ]
        assert findings(*rows) == {(3, "Telefon 1", "phone-prefix-missing")}

    def test_no_valid_reading_is_left_to_phone_invalid(self) -> None:
        """``12`` is no number with 0 or + either: only phone-invalid, no guess."""
        rows = [{**COMPANY, "Telefon 1": "12"}, {**COMPANY, "Telefon 1": "1711234567"}]
        assert findings(*rows) == {
            (2, "Telefon 1", "phone-invalid"),
            (3, "Telefon 1", "phone-prefix-missing"),
        }


class TestKinds:
    """Kind-specific schemas hold their kind's checks and pass rows of the other kind."""

    def test_person_schema_passes_company_rows(self) -> None:
        """A company row with a bad e-mail passes the person schema but fails the company schema."""
        data = make_frame({**COMPANY, "E-Mail 1": "bad@"}).select(CATALOG.names("customers"))
        build_schema("customers", "person", CATALOG).validate(data)
        with pytest.raises(Exception, match="email-invalid"):
            build_schema("customers", "company", CATALOG).validate(data)

    def test_company_schema_has_no_person_rules(self) -> None:
        """A person without any name passes the company schema (name-missing is a person rule)."""
        data = make_frame({"Vorname": "Anna"}).select(CATALOG.names("customers"))
        build_schema("customers", "company", CATALOG).validate(data)
        with pytest.raises(Exception, match="name-missing"):
            build_schema("customers", "person", CATALOG).validate(data)

    def test_unknown_kind_or_role(self) -> None:
        """Only the documented roles and kinds exist."""
        with pytest.raises(ValueError, match="both"):
            build_schema("both", "any", CATALOG)
        with pytest.raises(ValueError, match="robot"):
            build_schema("customers", "robot", CATALOG)


class TestValidateOutput:
    """validate() maps pandera's positions back to rows and lines, and sorts its findings."""

    def test_rows_and_lines_come_from_the_frame(self) -> None:
        """Positions map through __row__/__line__, which need not be contiguous."""
        frame = make_frame({**COMPANY, "__row__": "5"}, {"Nachname": "Meier", "__row__": "9"})
        issues = validate(frame, "customers", CATALOG)
        assert {(i.row, i.line) for i in issues} == {(9, 19)}

    def test_sorted_by_row_column_order_and_code(self) -> None:
        """Findings come by row, then catalog column order, then code."""
        frame = make_frame({"Telefon 1": "=1", "Nachname": "=X"}, {**COMPANY, "Kundennummer": "1"})
        issues = validate(frame, "customers", CATALOG)
        keys = [(i.row, CATALOG.names().index(i.column or ""), i.code) for i in issues]
        assert keys == sorted(keys)
        assert [i.column for i in issues][:3] == ["Anrede", "Vorname", "Nachname"]

    def test_bookkeeping_columns_are_not_data(self) -> None:
        """__row__/__line__ never appear as a finding's column, and a clean file yields nothing."""
        issues = validate(make_frame(COMPANY, PERSON), "customers", CATALOG)
        assert issues == []

    def test_empty_strings_count_as_empty(self) -> None:
        """An empty string is treated like null (no e-mail finding, but name-missing)."""
        assert findings({"E-Mail 1": "", "Nachname": ""}) == {(2, "Nachname", "name-missing")}

    def test_value_is_the_cell(self) -> None:
        """The issue's value is the offending cell, its message quotes it."""
        issue = validate(make_frame({**COMPANY, "E-Mail 1": "bad@"}), "customers", CATALOG)[0]
        assert (issue.value, issue.column) == ("bad@", "E-Mail 1")
        assert "„bad@“" in issue.message
        assert issue.fixed_value is None

    def test_english_messages(self) -> None:
        """With --lang en the messages are English."""
        with language("en"):
            issue = validate(make_frame({**COMPANY, "E-Mail 1": "bad@"}), "customers", CATALOG)[0]
        assert issue.message.startswith("“bad@” in E-Mail 1 is no valid e-mail address")

    def test_sorting_dedupes_both_role_findings(self) -> None:
        """A finding repeated by validating a row as customer and as supplier is kept once."""
        one = Issue(3, 3, "E-Mail 1", "x@", "email-invalid", Severity.ERROR, "m")
        header = Issue(1, 1, None, None, "header-blank", Severity.WARNING, "h")
        assert IssueList.of([one, header, one]).sorted(CATALOG.names()) == [header, one]

    def test_concat_sorted_takes_the_parts_over(self) -> None:
        """The findings of all parts in the order of ``sorted``, duplicates once; the list is emptied
        (its findings are dropped column by column while sorted)."""
        header = Issue(1, 1, None, None, "header-blank", Severity.WARNING, "h")
        mail = Issue(3, 3, "E-Mail 1", "x@", "email-invalid", Severity.ERROR, "m")
        name = Issue(3, 3, "Nachname", None, "name-missing", Severity.ERROR, "n")
        early = Issue(2, 2, "PLZ 1", "1", "postcode-invalid", Severity.ERROR, "p", None)
        parts: list[Sequence[Issue]] = [[mail, header], IssueList.of([early, mail]), [], [name]]
        found = IssueList.concat_sorted(parts, CATALOG.names())
        assert list(found) == [header, early, name, mail]  # Nachname comes before E-Mail 1
        assert parts == []

    def test_sorting_order_within_a_row(self) -> None:
        """In one row: catalog columns in catalog order, then the row's own finding (no column),
        then other columns by name; within a column the codes by name."""

        def at(column: str | None, code: str) -> Issue:
            return Issue(2, 2, column, None, code, Severity.WARNING, code)

        expected = [
            at("Firmenname", "formula-like-value"),
            at("Firmenname", "value-too-long"),
            at("E-Mail 1", "email-invalid"),
            at(None, "row-blank"),
            at("Zusatz", "column-unmapped"),
            at("Ärger", "column-unmapped"),  # "Ä" sorts after "Z" (code point order)
        ]
        assert CATALOG.names().index("Firmenname") < CATALOG.names().index("E-Mail 1")
        shuffled = [expected[i] for i in (5, 2, 4, 1, 3, 0)]
        assert list(IssueList.of(shuffled).sorted(CATALOG.names())) == expected
        assert list(IssueList.concat_sorted([shuffled[:3], shuffled[3:]], CATALOG.names())) == expected


class TestScreenedSchema:
    """validate() hands pandera only the checks that fail somewhere; the findings stay the same."""

    def test_only_keeps_the_given_checks(self) -> None:
        """build_schema(only=...) declares just the columns of the named checks, with just those checks."""
        schema = build_schema("customers", "any", CATALOG, only={("E-Mail 1", "email-invalid")})
        attached = {(name, check.name) for name, column in schema.columns.items() for check in column.checks}
        assert attached == {("E-Mail 1", "email-invalid")}
        assert list(schema.columns) == ["E-Mail 1"]

    def test_findings_unchanged_by_screening(self) -> None:
        """A frame with empty columns and few failures yields the findings of every rule involved."""
        rows = [
            {**PERSON, "E-Mail 1": "kaputt", "Kundennummer": "123"},
            {**COMPANY, "Telefon 1": "=1+1"},
            {"Vorname": "Ohne"},
        ]
        frame = make_frame(*rows)
        assert {(i.row, i.column, i.code) for i in validate(frame, "customers", CATALOG)} == {
            (2, "Kundennummer", "customer-number-range"),
            (2, "E-Mail 1", "email-invalid"),
            (3, "Telefon 1", "formula-like-value"),
            (3, "Telefon 1", "phone-not-a-number"),
            (4, "Nachname", "name-missing"),
        }

    def test_numbers_shared_by_phone_columns_judged_per_cell(self) -> None:
        """The phone columns are classified together (one pass): a number keeps its verdict in every
        column, read in its own row's country; the finding names the cell's column."""
        rows = [
            {**COMPANY, "Telefon 1": "030 1234567", "Telefon 2": "kein Anschluss"},
            {**COMPANY, "Land 1": "AT", "Telefon 1": "030 1234567", "Telefon 2": "030 1234567"},
            {**COMPANY, "Telefon 1": "kein Anschluss", "Telefon 2": "030 1234567"},
        ]
        assert findings(*rows) == {
            (2, "Telefon 2", "phone-not-a-number"),
            (3, "Telefon 1", "phone-invalid"),  # a Berlin number without +49 is none in Austria
            (3, "Telefon 2", "phone-invalid"),
            (4, "Telefon 1", "phone-not-a-number"),
        }

    def test_failure_cases_equal_a_full_pandera_run(self) -> None:
        """pandera reading the probe's verdicts of the failing checks finds exactly what the whole
        schema finds computing every check itself: duplicates, kind-gated rules, values checked once
        per distinct value (e-mail, VAT id, phone numbers read in their row's country)."""
        from pandera.errors import SchemaErrors

        from importer.validate import _failure_cases, _prepare

        rows = [
            {**PERSON, "Kundennummer": "10001", "E-Mail 1": "kaputt", "Telefon 1": "4,9301E+11"},
            {**COMPANY, "Kundennummer": "10001", "Umsatzsteuer ID": "123456789", "PLZ 1": "1234"},
            {**COMPANY, "Kundennummer": "10001", "Land 1": "AT", "PLZ 1": "12345", "Telefon 2": "0301234567"},
            {"Nachname": "Huber GmbH", "E-Mail 1": "a@b.de", "Land 1": "XX", "Telefon 1": "kein Anschluss"},
            {"Vorname": "Ohne", "Ansprechpartner 1 Vorname": "Eva", "Umsatzsteuer ID": "DE000000000"},
            {**COMPANY, "Kundennummer": "99", "Straße 1": "=HYPERLINK(1)", "E-Mail 1": "kaputt"},
            {**PERSON, "Kundennummer": "10002", "Telefon 1": "030 1234567"},
        ]
        data = _prepare(make_frame(*rows), CATALOG.names("customers"))
        with pytest.raises(SchemaErrors) as full:
            build_schema("customers", "any", CATALOG).validate(data, lazy=True)
        expected = full.value.failure_cases.select("column", "check", "index", "failure_case")
        found = _failure_cases(data, "customers", CATALOG)
        assert expected.height >= 12
        assert found.sort(pl.all()).equals(expected.sort(pl.all()))

    def test_a_check_reads_the_verdicts_it_is_given(self) -> None:
        """build_schema(verdicts=...): the check's result is the named column, not computed again;
        a valid address fails where that column says so, and the other rows pass."""
        from pandera.errors import SchemaErrors

        data = make_frame({**COMPANY, "E-Mail 1": "a@b.de"}, {**COMPANY, "E-Mail 1": "kaputt"}).select(
            "E-Mail 1", pl.Series("given", [False, True])
        )
        key = ("E-Mail 1", "email-invalid")
        schema = build_schema("customers", "any", CATALOG, only={key}, verdicts={key: "given"})
        with pytest.raises(SchemaErrors) as raised:
            schema.validate(data, lazy=True)
        cases = raised.value.failure_cases.select("column", "check", "index", "failure_case")
        assert cases.rows() == [("E-Mail 1", "email-invalid", 0, "a@b.de")]

    def test_a_role_without_columns_has_no_findings(self) -> None:
        """A catalog (``--catalog``) with no column for suppliers: their rows have nothing to break."""
        customers_only = replace(
            CATALOG, columns=tuple(c for c in CATALOG.columns if not c.applies_to("suppliers"))
        )
        frame = make_frame({"Kundennummer": "1", "Nachname": "=X"}, catalog=customers_only)
        assert validate(frame, "suppliers", customers_only) == []
        assert validate(frame, "customers", customers_only) != []

    def test_verdicts_only_for_the_schema_of_both_kinds(self) -> None:
        """Verdicts computed for all rows cannot stand in for a kind's gated checks."""
        with pytest.raises(ValueError, match="'any' schema"):
            build_schema("customers", "person", CATALOG, verdicts={("Vorname", "first-name-missing"): "v"})

    def test_clean_rows_need_no_pandera_run(self) -> None:
        """Rows that pass every rule give no findings (pandera is not even asked)."""
        assert validate(make_frame(PERSON, COMPANY), "customers", CATALOG) == []


class TestSchemaContract:
    """What a library user of ``build_schema`` relies on: string columns, every role column
    present, the schema's name, and a check result that is null passes."""

    def test_a_column_of_another_type_is_refused(self) -> None:
        """The schemas expect the cleaned frame's strings: an integer Kundennummer is a dtype error."""
        data = make_frame(COMPANY).select(CATALOG.names("customers"))
        data = data.with_columns(pl.lit(10001, dtype=pl.Int64).alias("Kundennummer"))
        with pytest.raises(Exception, match=r"(?s)Kundennummer.*(String|Utf8)"):
            build_schema("customers", "any", CATALOG).validate(data)

    def test_every_role_column_is_required(self) -> None:
        """A frame without one of the role's columns (E-Mail 1) is refused, naming it."""
        data = make_frame(COMPANY).select(CATALOG.names("customers")).drop("E-Mail 1")
        with pytest.raises(Exception, match="E-Mail 1"):
            build_schema("customers", "any", CATALOG).validate(data)

    def test_names(self) -> None:
        """Each schema is named after its role and kind (pandera's messages quote it)."""
        names = [
            build_schema(role, kind, CATALOG).name for role in ("customers", "suppliers") for kind in KINDS
        ]
        assert names == [
            "lexoffice-customers-company",
            "lexoffice-customers-person",
            "lexoffice-customers-any",
            "lexoffice-suppliers-company",
            "lexoffice-suppliers-person",
            "lexoffice-suppliers-any",
        ]

    def test_a_null_check_result_passes(self) -> None:
        """A rule expression that is null on a row (it says nothing about it) lets the row pass."""
        import pandera.polars as pa

        rule = RuleCheck(
            "x", frozenset({"company", "person"}), lambda _lf: pl.when(pl.col("a") == "bad").then(False)
        )
        schema = pa.DataFrameSchema(
            {
                "a": pa.Column(
                    pl.String, nullable=True, checks=[_as_check(rule, frozenset({"company", "person"}))]
                )
            }
        )
        with pytest.raises(pa.errors.SchemaErrors) as raised:
            schema.validate(pl.DataFrame({"a": [None, "ok", "bad"]}), lazy=True)
        assert raised.value.failure_cases.select("index", "failure_case").rows() == [(2, "bad")]


class TestValidateContract:
    """``importer.validate.validate`` as a library function: its order, a frame without some role
    columns, pandera's global configuration, and a broken schema (expected values written out)."""

    def test_findings_of_one_cell_ordered_by_code(self) -> None:
        """A VAT id that starts like a formula: both findings, formula-like-value first (by code,
        not in the order the rules are checked)."""
        found = validate(make_frame({**COMPANY, "Umsatzsteuer ID": "=DE123"}), "customers", CATALOG)
        assert [(i.row, i.column, i.code) for i in found] == [
            (2, "Umsatzsteuer ID", "formula-like-value"),
            (2, "Umsatzsteuer ID", "vat-id-invalid"),
        ]

    def test_role_columns_missing_from_the_frame_count_as_empty(self) -> None:
        """Without E-Mail 1 and Telefon 1 (a caller's own frame) the rows are checked as if both
        were empty."""
        frame = make_frame({**COMPANY, "Kundennummer": "123"}, PERSON).drop("E-Mail 1", "Telefon 1")
        assert [(i.row, i.column, i.code) for i in validate(frame, "customers", CATALOG)] == [
            (2, "Kundennummer", "customer-number-range")
        ]

    def test_pandera_switched_off_globally_still_validates(self) -> None:
        """PANDERA_VALIDATION_ENABLED=False or a schema-only depth around the call (a user's
        environment, a caller's config_context) must not switch the checks off."""
        from pandera.config import ValidationDepth, config_context

        with config_context(validation_enabled=False, validation_depth=ValidationDepth.SCHEMA_ONLY):
            found = validate(make_frame({**COMPANY, "E-Mail 1": "kaputt"}), "customers", CATALOG)
        assert [(i.row, i.column, i.code) for i in found] == [(2, "E-Mail 1", "email-invalid")]

    def test_a_broken_schema_is_a_bug_not_a_finding(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A schema pandera cannot apply (wrong dtypes) raises RuntimeError naming its first failure."""
        import pandera.polars as pa

        import schemas

        def broken(*_args: object, **_kwargs: object) -> pa.DataFrameSchema:
            return pa.DataFrameSchema({"E-Mail 1": pa.Column(pl.Int64), "Firmenname": pa.Column(pl.Int64)})

        monkeypatch.setattr(schemas, "build_schema", broken)
        with pytest.raises(RuntimeError) as raised:
            validate(make_frame({**COMPANY, "E-Mail 1": "kaputt"}), "customers", CATALOG)
        text = str(raised.value)
        assert text.startswith("schema validation failed: {")
        assert "'column': 'E-Mail 1'" in text
        assert "'index': None" in text


class TestMessagesWrittenOut:
    """Whole finding messages and the finding defaults, written out by hand."""

    @pytest.mark.parametrize(
        ("role", "column", "number", "message"),
        [
            (
                "customers",
                "Kundennummer",
                "7000",
                "Die Kundennummer „7000“ ist ungültig: erlaubt sind genau 5 Ziffern von 10000 bis 69999. "
                "Korrigieren Sie sie oder lassen Sie das Feld leer, dann vergibt lexoffice eine Nummer.",
            ),
            (
                "suppliers",
                "Lieferantennummer",
                "100000",
                "Die Lieferantennummer „100000“ ist ungültig: erlaubt sind genau 5 Ziffern von 70000 bis "
                "99999. Korrigieren Sie sie oder lassen Sie das Feld leer, "
                "dann vergibt lexoffice eine Nummer.",
            ),
            # a number of the other role's range: emptying it would file the contact in the wrong role
            (
                "customers",
                "Kundennummer",
                "70000",
                "Die Kundennummer „70000“ ist ungültig (erlaubt: 10000 bis 69999), sie liegt im Bereich "
                "der Lieferantennummern (70000 bis 99999). Ist der Kontakt ein Lieferant, lassen Sie die "
                'Nummer nicht leer: ordnen Sie die Nummernspalte mit --map "…=Lieferantennummer" zu, oder '
                "mit --kind lieferanten alle Zeilen den Lieferanten. Sonst korrigieren Sie sie oder lassen "
                "das Feld leer, dann vergibt lexoffice eine Nummer.",
            ),
            (
                "suppliers",
                "Lieferantennummer",
                "69999",
                "Die Lieferantennummer „69999“ ist ungültig (erlaubt: 70000 bis 99999), sie liegt im "
                "Bereich der Kundennummern (10000 bis 69999). Ist der Kontakt ein Kunde, lassen Sie die "
                'Nummer nicht leer: ordnen Sie die Nummernspalte mit --map "…=Kundennummer" zu, oder mit '
                "--kind kunden alle Zeilen den Kunden. Sonst korrigieren Sie sie oder lassen das Feld "
                "leer, dann vergibt lexoffice eine Nummer.",
            ),
        ],
    )
    def test_number_range_message_names_its_own_range(
        self, role: str, column: str, number: str, message: str
    ) -> None:
        """A customer number is told the customer range, a supplier number the supplier range."""
        (issue,) = validate(make_frame({**COMPANY, column: number}), role, CATALOG)

        assert (issue.code, issue.message) == (f"{role[:-1]}-number-range", message)

    @pytest.mark.parametrize(
        ("postcode", "country", "message"),
        [
            (
                "1067",
                "DE",
                "Die PLZ „1067“ in PLZ 1 ist ungültig: in Deutschland (Land 1 = DE) hat eine PLZ genau "
                "5 Ziffern. Korrigieren Sie die PLZ oder das Land.",
            ),
            (
                "01010",
                "AT",
                "Die PLZ „01010“ in PLZ 1 ist ungültig: für Land 1 = AT hat eine PLZ genau 4 Ziffern. "
                "Korrigieren Sie die PLZ oder das Land.",
            ),
            (
                "12345-67890",
                "US",
                "Die PLZ „12345-67890“ in PLZ 1 ist länger als 10 Zeichen. Prüfen Sie, ob dort noch der "
                "Ort oder eine andere Angabe steht.",
            ),
        ],
    )
    def test_postcode_message_by_country(self, postcode: str, country: str, message: str) -> None:
        """Germany, a four-digit country and any other country each get their own whole message."""
        frame = make_frame({**COMPANY, "PLZ 1": postcode, "Land 1": country})

        (issue,) = validate(frame, "customers", CATALOG)

        assert issue.message == message

    def test_postcode_without_a_country_column_in_the_catalog(self) -> None:
        """A ``--catalog`` without Land columns: Germany is assumed and the message names "Land"."""
        catalog = replace(CATALOG, columns=tuple(c for c in CATALOG.columns if not c.name.startswith("Land")))

        (issue,) = validate(make_frame({**COMPANY, "PLZ 1": "123"}, catalog=catalog), "customers", catalog)

        assert issue.message == (
            "Die PLZ „123“ in PLZ 1 ist ungültig: Land ist leer, also gilt Deutschland, und dort hat eine "
            "PLZ genau 5 Ziffern. Korrigieren Sie die PLZ oder tragen Sie das Land ein."
        )

    def test_postcode_whose_country_column_is_of_the_other_role(self) -> None:
        """A ``--catalog`` whose Land 1 is for suppliers only: a customer file's PLZ 1 is judged as German."""
        catalog = replace(
            CATALOG,
            columns=tuple(replace(c, role="suppliers") if c.name == "Land 1" else c for c in CATALOG.columns),
        )
        frame = make_frame({**COMPANY, "PLZ 1": "1010", "Land 1": "AT"}, catalog=catalog)

        (issue,) = validate(frame, "customers", catalog)

        assert (issue.column, issue.code) == ("PLZ 1", "postcode-invalid")
        assert issue.message.startswith(
            "Die PLZ „1010“ in PLZ 1 ist ungültig: Land 1 ist leer, also gilt Deutschland"
        )

    def test_one_finding_per_duplicate_cell_over_two_number_columns(self) -> None:
        """A ``--catalog`` with a second checked number column: each repeated cell is one finding, not two."""
        second = replace(
            CATALOG.get("Kundennummer"), name="Kundennummer 2", rules=("customer-number-duplicate",)
        )
        catalog = replace(CATALOG, columns=(*CATALOG.columns, second))
        frame = make_frame(
            {**COMPANY, "Kundennummer": "10001"},
            {**COMPANY, "Kundennummer": "10001"},
            {**COMPANY, "Kundennummer 2": "10001"},
            {**COMPANY, "Kundennummer 2": "10001"},
            catalog=catalog,
        )

        found = validate(frame, "customers", catalog)

        assert [(i.row, i.column, i.code) for i in found] == [
            (3, "Kundennummer", "customer-number-duplicate"),
            (5, "Kundennummer 2", "customer-number-duplicate"),
        ]

    def test_finding_without_row_and_line_is_file_wide(self) -> None:
        """``finding`` without row and line gives row 0 and line 0 (a file-wide finding), not row 1."""
        issue = finding("name-missing")

        assert (issue.row, issue.line, issue.column, issue.value) == (0, 0, None, None)

    def test_a_message_key_of_another_code_is_refused_by_name(self) -> None:
        """A message key the code does not own is a programming error that names both."""
        with pytest.raises(
            KeyError, match="'issue-name-missing' is not a message of finding code 'header-renamed'"
        ):
            finding("header-renamed", message="issue-name-missing")
