"""The rule registry: every finding code the tool emits, with its severity, title and fix hint.

One place decides how severe a code is and how its message is worded: findings are made
by :func:`finding` (one at a time) or :func:`issues_from_frame` (many at once), and neither
takes a severity from its caller. The HTML report shows ``title`` and ``hint`` per code.
Titles and hints live in :mod:`importer.messages` under ``rule-<code>-title`` and
``rule-<code>-hint``; a finding's message under ``issue-<code>`` (or the keys a rule names).

Adding a finding code: a :class:`Rule` below, its messages, and the check that raises it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from importer.frame import LINE, ROW
from importer.issues import IssueList
from importer.messages import msg
from importer.model import Issue, Severity

if TYPE_CHECKING:
    import polars as pl

#: Where a code is raised: intake (reading the file), mapping (headers), clean (fixes),
#: validate (pandera schema checks) or output (writing the upload files).
STAGES: Final = ("intake", "mapping", "clean", "validate", "output")


@dataclass(frozen=True, slots=True)
class Rule:
    """One finding code and how it affects its row."""

    code: str
    severity: Severity
    stage: str
    #: Message keys a single finding of this code may be worded with; the first is the default.
    #: Empty: ``issue-<code>`` (the findings validation and cleaning word in bulk use such keys too).
    messages: tuple[str, ...] = ()

    @property
    def message_keys(self) -> tuple[str, ...]:
        """The message keys of this code's findings, the default first."""
        return self.messages or (f"issue-{self.code}",)

    @property
    def title(self) -> str:
        """Short name of the finding in the active language (German by default)."""
        return msg(f"rule-{self.code}-title")

    @property
    def hint(self) -> str:
        """How the user fixes the finding, in the active language."""
        return msg(f"rule-{self.code}-hint")


_E, _W, _F = Severity.ERROR, Severity.WARNING, Severity.FIX

RULES: Final[dict[str, Rule]] = {
    rule.code: rule
    for rule in (
        # intake and header mapping (raised by the pipeline)
        Rule("header-blank", _W, "intake", ("header-blank",)),
        Rule("header-duplicate", _W, "intake", ("header-duplicate",)),
        Rule("header-renamed", _W, "intake", ("header-renamed", "header-reserved")),
        Rule("header-mojibake-repaired", _F, "intake", ("header-mojibake-repaired",)),
        Rule("row-too-short", _W, "intake", ("row-too-short",)),
        Rule("line-break-joined", _W, "intake", ("line-break-joined",)),
        Rule("quote-stray", _W, "intake"),
        Rule("row-too-long", _W, "intake", ("row-too-long",)),
        Rule("row-too-long-shifted", _E, "intake"),
        Rule("value-spans-records", _W, "intake", ("value-spans-records",)),
        Rule("encoding-uncertain", _W, "intake", ("encoding-uncertain", "encoding-uncertain-switched")),
        Rule("encoding-mixed", _W, "intake"),
        Rule("row-hidden", _W, "intake"),
        Rule("column-hidden", _W, "intake"),
        Rule("merged-cell-filled", _W, "intake"),
        Rule("html-tables-unread", _W, "intake"),
        Rule(
            "html-text-outside-cells",
            _W,
            "intake",
            ("issue-html-text-outside-cells", "issue-html-text-outside-cells-after"),
        ),
        Rule("sheet-hidden", _W, "intake"),
        Rule("workbook-marks-unread", _W, "intake"),
        Rule("sheets-unread", _W, "intake"),
        Rule(
            "formula-without-value",
            _E,
            "intake",
            ("issue-formula-without-value", "issue-formula-without-value-header"),
        ),
        Rule("formula-without-value-unmapped", _W, "intake"),
        Rule("format-differs-from-name", _W, "intake"),
        Rule("option-not-used", _W, "intake"),
        Rule("vcard-name-from-fn", _F, "intake"),
        Rule("vcard-country-from-format", _F, "intake"),
        Rule(
            "vcard-line-unreadable", _W, "intake", ("issue-vcard-line-unreadable", "issue-vcard-line-outside")
        ),
        Rule("vcard-binary-skipped", _W, "intake"),
        Rule(
            "vcard-not-terminated",
            _W,
            "intake",
            ("issue-vcard-not-terminated", "issue-vcard-not-terminated-agent"),
        ),
        Rule("vcard-charset-guessed", _W, "intake"),
        Rule("header-guessed", _W, "intake"),
        Rule("header-row-above", _W, "mapping"),
        Rule(
            "name-columns-missing",
            _W,
            "mapping",
            ("issue-name-columns-missing", "issue-name-columns-missing-none"),
        ),
        Rule("header-missing", _W, "intake"),
        Rule("header-from-layout", _W, "intake"),
        Rule("header-order-changed", _W, "intake"),  # rows after a header row in another order
        Rule("record-type-other", _E, "intake"),  # a record type of no layout (Collmex's CMXASP)
        Rule(
            "delimiter-suspicious",
            _W,
            "intake",
            ("delimiter-suspicious", "delimiter-suspicious-sep", "delimiter-suspicious-none"),
        ),
        Rule("column-suggestion", _W, "mapping", ("column-suggestion", "column-values-suggestion")),
        Rule(
            "columns-none-mapped",
            _W,
            "mapping",
            messages=("issue-columns-none-mapped", "issue-columns-none-mapped-header-above"),
        ),
        Rule("role-both", _W, "mapping", ("role-both", "role-both-stated")),
        Rule(
            "role-from-file-name",
            _W,
            "mapping",
            messages=("issue-role-from-file-name", "issue-role-from-file-name-unstated"),
        ),
        Rule("role-undecided", _W, "mapping"),
        Rule("header-prefix-read", _W, "mapping"),
        Rule("billing-address-apart", _W, "mapping"),
        Rule(
            "number-of-other-role",
            _W,
            "mapping",
            ("issue-number-of-other-role-supplier", "issue-number-of-other-role-customer"),
        ),
        Rule("number-to-own-role", _F, "mapping"),
        Rule("contact-duplicate", _W, "rows"),  # across rows, after validation (importer.rows)
        Rule("company-repeated", _W, "rows"),  # across rows, after validation
        Rule("summary-row", _E, "rows"),  # the input's row, beside the validation
        Rule("heading-row", _E, "rows", ("issue-heading-row", "issue-heading-row-placed")),
        Rule("footnote-row", _E, "rows"),  # "* = zahlt bar" below the list
        Rule("footnote-marker-removed", _F, "rows"),  # "Schulte*" where "* = zahlt bar" says why
        Rule("header-row-repeated", _E, "rows"),  # the input's row, instead of the validation
        Rule("contact-inactive", _W, "rows"),  # a column marks the contact out of use
        Rule("contact-inactive-set-aside", _E, "rows"),  # the same with --inactive reject
        # a composite export's further address of the contact above (importer.continuation)
        Rule("address-continuation-joined", _F, "rows"),
        Rule(
            "address-continuation-set-aside",
            _W,
            "rows",
            (
                "issue-address-continuation-set-aside",
                "issue-address-continuation-unmarked",
                "issue-address-continuation-second-taken",
            ),
        ),
        Rule("address-continuation-rejected", _E, "rows"),
        # a company's persons on rows of their own, joined as its contact persons
        Rule("contact-row-joined", _F, "rows"),
        Rule("contact-row-rejected", _E, "rows"),
        # cleaning (importer.clean)
        Rule("control-character-removed", _F, "clean"),
        Rule("whitespace-trimmed", _F, "clean"),
        Rule("text-marker-removed", _F, "clean"),
        Rule("link-removed", _F, "clean", ("issue-link-removed", "issue-link-removed-name")),
        Rule("links-several", _W, "clean"),
        Rule("mojibake-repaired", _F, "clean"),
        Rule("value-list-collapsed", _F, "clean"),
        Rule("value-list-kept", _W, "clean", ("issue-value-list-kept",)),
        Rule("email-unwrapped", _F, "clean"),
        Rule("email-extracted", _F, "clean"),
        Rule("multiple-emails-split", _F, "clean"),
        Rule("multiple-phones-split", _F, "clean"),
        Rule("repeated-value-removed", _F, "clean"),
        Rule("multiple-emails-set-aside", _W, "clean"),
        Rule("greeting-set-aside", _W, "clean"),
        Rule("salutation-code-set-aside", _W, "clean"),
        Rule("multiple-phones-set-aside", _W, "clean"),
        Rule("fax-set-aside", _W, "clean"),
        Rule("contact-detail-set-aside", _W, "clean"),
        Rule(
            "scientific-number-set-aside",
            _W,
            "clean",
            ("issue-scientific-number-set-aside", "issue-scientific-number-set-aside-home"),
        ),
        Rule("postcode-leading-zero-restored", _F, "clean"),
        Rule("postcode-leading-zero-unsure", _W, "clean"),
        Rule("postcode-zero-padding-removed", _F, "clean"),
        Rule("country-normalized", _F, "clean"),
        Rule("country-from-hints", _W, "clean"),
        Rule("country-from-foreign-hints", _W, "clean"),
        Rule("country-hint-foreign", _W, "clean"),
        Rule("country-from-postcode-prefix", _F, "clean"),
        Rule("tax-id-moved", _F, "clean"),
        Rule("vat-id-in-tax-number", _W, "clean"),
        Rule("tax-ids-split", _F, "clean"),
        Rule("number-format-removed", _F, "clean"),
        Rule("street-place-removed", _F, "clean"),
        Rule("legal-form-joined", _F, "clean"),
        Rule("phone-remark-removed", _F, "clean"),
        Rule("street-house-number-merged", _F, "clean"),
        Rule("home-address-used", _F, "clean"),
        Rule("home-address-instead", _F, "clean"),
        Rule("account-number-assigned", _F, "clean"),
        Rule("postcode-city-split", _F, "clean"),
        Rule("address-lines-joined", _F, "clean"),
        Rule("address-line-placed", _F, "clean"),
        Rule("company-line-placed", _F, "clean"),
        Rule("postcode-city-not-split", _W, "clean"),
        Rule("address-parts-read", _F, "clean"),
        Rule("address-parts-state", _W, "clean"),
        Rule("address-parts-unsure", _W, "clean"),
        Rule("postcode-prefix-removed", _F, "clean"),
        Rule("salutation-normalized", _F, "clean"),
        Rule("company-from-salutation", _F, "clean"),
        Rule("company-name-is-person", _F, "clean"),
        Rule("company-placeholder-removed", _F, "clean"),
        Rule("city-country-moved", _F, "clean"),
        Rule("spreadsheet-error-removed", _F, "clean"),
        Rule("contact-detail-moved", _F, "clean"),
        Rule("country-from-state", _F, "clean"),
        Rule("contact-placeholder-removed", _F, "clean"),
        Rule("contact-person-email-copied", _F, "clean"),
        Rule("number-placeholder-removed", _F, "clean"),
        Rule("home-contact-used", _F, "clean"),
        Rule("contact-person-is-person", _F, "clean"),
        Rule("contact-person-is-person-unsure", _W, "clean"),
        Rule("company-from-kind", _F, "clean"),
        Rule("company-kind-without-company", _W, "clean"),
        Rule("company-of-person-set-aside", _W, "clean"),
        Rule("company-from-tax-id", _W, "clean"),
        Rule("person-from-kind", _F, "clean"),
        Rule("company-person-moved", _F, "clean"),
        Rule("company-person-kept", _W, "clean"),
        Rule("company-first-name-alone", _W, "clean"),
        Rule("contact-person-split", _F, "clean"),
        Rule("contact-person-split-unsure", _W, "clean"),
        Rule("person-name-split", _F, "clean"),
        Rule("person-name-split-unsure", _W, "clean"),
        Rule("company-from-name", _F, "clean"),
        Rule("company-from-name-unsure", _W, "clean"),
        Rule("company-from-owner", _F, "clean"),
        Rule("company-beside-first-name", _W, "clean"),
        Rule(
            "name-order-unsure",
            _W,
            "clean",
            ("issue-name-order-unsure", "issue-name-order-unsure-addresses"),
        ),
        Rule("merge-input-unused", _W, "clean"),
        Rule("vat-id-country-joined", _F, "clean"),
        Rule("phone-prefix-joined", _F, "clean"),
        Rule("vat-id-compacted", _F, "clean"),
        Rule("phone-formatted", _F, "clean"),
        Rule("fix-creates-formula", _E, "clean"),
        # validation errors (schemas.contacts, importer.validate)
        Rule(
            "customer-number-range",
            _E,
            "validate",
            ("issue-customer-number-range", "issue-customer-number-range-other"),
        ),
        Rule(
            "supplier-number-range",
            _E,
            "validate",
            ("issue-supplier-number-range", "issue-supplier-number-range-other"),
        ),
        Rule("customer-number-duplicate", _E, "validate"),
        Rule("supplier-number-duplicate", _E, "validate"),
        Rule("name-missing", _E, "validate", ("issue-name-missing", "issue-name-missing-same-email")),
        Rule("email-invalid", _E, "validate"),
        Rule("postcode-invalid", _E, "validate"),
        Rule("country-unknown", _E, "validate"),
        Rule("value-too-long", _E, "validate"),
        Rule("contact-person-name-missing", _E, "validate"),
        Rule("phone-not-a-number", _E, "validate"),
        # validation warnings
        Rule("first-name-missing", _W, "validate"),
        Rule("address-incomplete", _W, "validate"),
        Rule("salutation-missing", _W, "validate"),
        Rule("company-field-on-person", _W, "validate"),
        Rule("vat-id-invalid", _W, "validate"),
        Rule("formula-like-value", _W, "validate"),
        Rule("company-name-in-person-field", _W, "validate"),
        Rule("phone-scientific-notation", _W, "validate"),
        Rule("phone-invalid", _W, "validate"),
        Rule("character-replaced", _W, "validate"),
        Rule("character-restored", _F, "intake"),
        Rule("spreadsheet-number-restored", _F, "intake"),
        Rule("spreadsheet-date-restored", _F, "intake"),
        Rule("phone-prefix-missing", _W, "validate"),
        Rule("vat-id-prefix-missing", _W, "validate"),
        # output and renumbering (raised by the pipeline)
        Rule("output-unencodable", _E, "output", ("output-unencodable",)),
        Rule("row-too-large", _E, "output", ("row-too-large",)),
        Rule(
            "customer-number-renumbered", _F, "output", ("customer-number-cleared", "customer-number-offset")
        ),
        Rule(
            "supplier-number-renumbered", _F, "output", ("supplier-number-cleared", "supplier-number-offset")
        ),
        # correction rounds: a corrected rejected file checked against the earlier rounds
        Rule("correction-context-missing", _W, "intake"),
        Rule(
            "correction-upload-unreadable",
            _W,
            "intake",
            ("issue-correction-upload-unreadable", "issue-correction-upload-numbers-kept"),
        ),
        Rule(
            "correction-rows-missing",
            _W,
            "intake",
            messages=("issue-correction-rows-missing", "issue-correction-rows-missing-one"),
        ),
        Rule("correction-column-deleted", _W, "intake"),
        Rule(
            "correction-kind-changed",
            _W,
            "intake",
            ("issue-correction-kind-changed", "issue-correction-kind-auto"),
        ),
        Rule(
            "input-checked-before",
            _W,
            "intake",
            ("issue-input-checked-before", "issue-input-checked-before-self"),
        ),
        Rule("contact-uploaded-elsewhere", _W, "output"),
        Rule("contact-uploaded-earlier", _W, "output"),
        Rule("upload-file-stale", _W, "intake"),  # an old upload part changed by hand, kept
        Rule("row-uploaded-earlier", _E, "output"),
        Rule("correction-row-unknown", _E, "output"),
        Rule("customer-number-uploaded-earlier", _E, "output"),
        Rule("supplier-number-uploaded-earlier", _E, "output"),
    )
}


def rule(code: str) -> Rule:
    """The registered rule ``code``; a ``KeyError`` names an unregistered code (a programming error)."""
    return RULES[code]


def severity(code: str) -> Severity:
    """The severity of findings with ``code``."""
    return RULES[code].severity


def codes(stage: str | None = None) -> list[str]:
    """All registered codes in registry order, optionally only those raised at ``stage``."""
    return [r.code for r in RULES.values() if stage is None or r.stage == stage]


def finding(
    code: str,
    /,
    *,
    row: int = 0,
    line: int = 0,
    column: str | None = None,
    value: str | None = None,
    fixed_value: str | None = None,
    message: str | None = None,
    **fields: object,
) -> Issue:
    """One finding of ``code``: its severity from the registry, its message worded from ``fields``.

    ``row``/``line`` 0 mark a file-wide finding, row 1 the header. ``message`` picks another of
    the rule's message keys (:attr:`Rule.messages`); by default the first is used. The message
    may use ``{column}`` and ``{value}`` besides ``fields``.
    """
    known = RULES[code]
    keys = known.message_keys
    if message is not None and message not in keys:
        raise KeyError(f"{message!r} is not a message of finding code {code!r}: {keys}")
    values: dict[str, object] = {"column": column, "value": value, **fields}
    text = msg(message or keys[0], None, **values)
    return Issue(row, line, column, value, code, known.severity, text, fixed_value)


_FIELD: Final = "\x00"


def message_expr(key: str, **fields: pl.Expr) -> pl.Expr:
    """The message ``key`` rendered for every row at once: each template field becomes a column.

    The template comes from :func:`importer.messages.msg` in the active language, with each
    field replaced by a marker, then cut at the markers into literals and ``fields``
    expressions (null renders as an empty string). Only plain ``{name}`` fields are
    supported. Used to word many thousands of findings without a Python loop.
    """
    import polars as pl

    text = msg(key, **{name: f"{_FIELD}{name}{_FIELD}" for name in fields})
    parts: list[pl.Expr] = []
    for i, piece in enumerate(text.split(_FIELD)):
        if i % 2:
            parts.append(fields[piece].cast(pl.String).fill_null(""))
        elif piece:
            parts.append(pl.lit(piece))
    return pl.concat_str(parts) if parts else pl.lit("")


def issues_from_frame(table: pl.DataFrame) -> IssueList:
    """Issues from a frame with :data:`~importer.frame.ROW`, :data:`~importer.frame.LINE`, ``column``,
    ``value``, ``code``, ``message`` and ``fixed_value`` columns, in frame order; the severity comes
    from the registry.

    The findings stay in columns (:class:`importer.issues.IssueList`): a large file can yield
    hundreds of thousands of them, and records are made only when someone iterates.
    """
    import polars as pl

    levels = {code: severity(code).value for code in table["code"].unique().to_list()}
    frame = table.select(
        pl.col(ROW).cast(pl.Int64).alias("row"),
        pl.col(LINE).cast(pl.Int64).alias("line"),
        pl.col("column").cast(pl.String),
        pl.col("value").cast(pl.String),
        pl.col("code").cast(pl.String),
        pl.col("code").replace_strict(levels, return_dtype=pl.String).alias("severity"),
        pl.col("message").cast(pl.String),
        pl.col("fixed_value").cast(pl.String),
    )
    return IssueList(frame)
