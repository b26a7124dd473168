"""Records the pipeline passes around: findings (issues), encoding, dialect, column mappings.

Kept free of heavy imports so that ``lexoffice-import --help`` starts fast.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    import polars as pl


class Severity(enum.StrEnum):
    """How a finding affects its row."""

    #: The row is rejected: it goes to the rejected file, not to an upload file.
    ERROR = "error"
    #: The row is uploaded as it is; the user should read the finding.
    WARNING = "warning"
    #: The row is uploaded with a changed value; ``fixed_value`` holds the new value.
    FIX = "fix"


@dataclass(frozen=True, slots=True)
class Issue:
    """One finding about a row, a cell or the header (``row`` 1), never an exception.

    ``row`` is the spreadsheet row (header = 1), ``line`` the physical line where the
    record starts; file-wide findings use row 0 and line 0.
    """

    row: int
    line: int
    column: str | None
    value: str | None
    code: str
    severity: Severity
    message: str
    fixed_value: str | None = None


@dataclass(frozen=True, slots=True)
class EncodingInfo:
    """The codec that decodes the input (BOM excluded) and why it was chosen."""

    name: str
    bom: bool
    evidence: str
    #: Python codec used to decode the whole file, BOM included (e.g. ``utf-8-sig``).
    decoder: str
    confident: bool = True
    #: Another encoding the file may be in, when ``confident`` is false.
    alternative: str | None = None


@dataclass(frozen=True, slots=True)
class Dialect:
    """How the CSV text is cut into records and fields."""

    delimiter: str
    quotechar: str
    line_terminator: str
    evidence: str = ""
    #: With a given (or ``assumed``) delimiter that cuts the header into one column only: the
    #: delimiter that would cut it into several, and how many (``delimiter-suspicious``).
    likely: str | None = None
    likely_fields: int = 0
    #: The given delimiter came from the file's own "sep=" line, not from ``--delimiter``.
    from_sep_line: bool = False
    #: No delimiter was given or found (the file reads as one column): ``;`` is assumed, and
    #: ``likely`` names a character that would cut the header into columns, if one does.
    assumed: bool = False


#: The key of a column's JSON entry (``extra``) holding the merge's header ``--map`` gave it
#: ("Kontakt=Ansprechpartner": the one-cell name is split into the contact person's columns).
MANUAL_TARGET: Final = "manual_target"
#: The key of a column's JSON entry (``extra``) holding the program prefix its header was read
#: without ("OX" of "OXFNAME"; :func:`importer.mapping._common_prefix`).
PREFIX_READ: Final = "prefix_read"


@dataclass(slots=True)
class ColumnMapping:
    """What became of one source column: its lexoffice target, how it was found, and where its data went."""

    index: int
    source: str
    target: str | None
    method: str
    score: float
    non_empty: int = 0
    suggestion: str | None = None
    suggestion_score: float | None = None
    #: Where the column's values ended up: ``upload``, ``unmapped``, ``merged:<target>`` ...
    destination: str = "unmapped"
    note: str | None = None
    #: For a column merged into another (house number, "PLZ Ort", one-cell contact person, DATEV's
    #: VAT id country): ``house-number-1``, ``house-number-2``, ``postcode-city-1``,
    #: ``postcode-city-2``, ``contact-person-1``, ``account-number``, ``vat-country``.
    merge: str | None = None
    #: The original header text before blank/duplicate names were made unique.
    original: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    #: The header names what lexoffice has no column for (the never-map list: a fax number, an
    #: account, a bank …, or a header much like one): its values suggest no column either.
    kept_out: bool = False

    def assign(self, target: str, method: str, score: float, note: str | None = None) -> None:
        """Map the column to ``target``: its values go to the upload file."""
        self.target = target
        self.method = method
        self.score = score
        self.destination = "upload"
        self.note = note

    def unassign(self, note: str | None = None) -> None:
        """Map the column to nothing: its values go to the unmapped file (a merge is no more)."""
        self.target, self.method, self.score, self.merge = None, "unmapped", 0.0, None
        self.destination = "unmapped"
        self.note = note

    def to_dict(self) -> dict[str, Any]:
        """The JSON report's ``columns`` entry (documented keys first)."""
        data: dict[str, Any] = {
            "index": self.index,
            "source": self.source,
            "target": self.target,
            "method": self.method,
            "score": round(self.score, 4),
            "non_empty": self.non_empty,
            "suggestion": self.suggestion,
            "suggestion_score": None if self.suggestion_score is None else round(self.suggestion_score, 4),
            "destination": self.destination,
            "note": self.note,
            "merge": self.merge,
        }
        if self.original is not None and self.original != self.source:
            data["original"] = self.original
        data.update(self.extra)
        return data


@dataclass
class Table:
    """The parsed file: uniquely named string columns, plus the row and line columns (importer.frame)."""

    frame: pl.DataFrame
    #: Column names as used in ``frame``, in file order (unique, never blank).
    columns: list[str]
    #: The header texts exactly as in the file (may be blank or repeated).
    original_headers: list[str]
    #: Names of the columns added for surplus fields of over-long records.
    extra_columns: list[str] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    blank_records: int = 0

    @property
    def records(self) -> int:
        """Number of data records (blank lines not counted)."""
        return self.frame.height
