"""Phone numbers by Google's libphonenumber (the ``phonenumbers`` package): parse, classify, format.

A value is read with the contact's country as region (``DE`` when it has none), so ``0351 1234567``
is a Dresden number and ``+43 1 234567`` a Vienna one wherever the contact lives.
:func:`classify` says whether a value is a valid number, a number that is not valid (a warning:
a digit too few, an unknown area code), or no phone number at all (an e-mail address or text:
an error). :func:`formatted` writes a valid number in E.164 or the national form
(``--phone-format``); values are never reformatted unless asked.

A number of bare digits in a German, Austrian or Swiss row (``3511234567``) has usually lost its
leading 0 or + in Excel, which stores a phone number typed as a number: :func:`bare` finds such
values, :func:`prefix_readings` tells which of "0 in front" and "+ in front" make a valid number
(``4935112345678`` is +49 351 12345678, not 0493 …). Neither reading is certain, so the tool only
shows them (``phone-prefix-missing``) and never writes one itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Final, Literal

import polars as pl

from importer.cells import json_values

#: The region a number without country code is read in when the contact has no country.
DEFAULT_REGION: Final = "DE"
#: ``--phone-format`` values.
FORMATS: Final = ("e164", "national")
#: Regions whose national numbers start with the trunk prefix 0 (the regions whose numbers Excel
#: strips of a leading 0: in others a number of bare digits may be meant as it is).
TRUNK_ZERO_REGIONS: Final = ("DE", "AT", "CH")
#: A phone number Excel turned into a float (4,9301E+11 or 4.93E+11): its digits are lost.
SCIENTIFIC: Final = r"^[+-]?[0-9]+(?:[.,][0-9]+)?[eE][+-]?[0-9]+$"
#: Digits, with spaces between them, starting with neither 0 (or 00) nor +.
_BARE_SHAPE: Final = r"^[1-9][0-9 ]*$"

Verdict = Literal["valid", "invalid", "text"]

#: Distinct values remembered: validation asks twice (a quick probe, then pandera), and once
#: per value is enough. Bounded, so that a 100 MB file does not keep every value alive.
CACHE_SIZE: Final = 1 << 20


def region(country: str | None) -> str:
    """The phonenumbers region for a lexoffice country code (``ES_CN`` → ``ES``); ``DE`` for none."""
    return (country or DEFAULT_REGION)[:2].upper()


@lru_cache(maxsize=CACHE_SIZE)
def classify(value: str, country: str | None = None) -> Verdict:
    """``valid``, ``invalid`` (a number, but not a valid one) or ``text`` (no phone number at all)."""
    import phonenumbers

    if "@" in value:
        return "text"  # an e-mail address in a phone column
    try:
        number = phonenumbers.parse(value, region(country))
    except phonenumbers.NumberParseException as exc:
        return "text" if exc.error_type == phonenumbers.NumberParseException.NOT_A_NUMBER else "invalid"
    if len(str(number.country_code)) + len(str(number.national_number)) > E164_DIGITS_MAX:
        return "invalid"  # no number in the world is longer: Excel's 4.9351123456789E+16 written out
    return "valid" if phonenumbers.is_valid_number(number) else "invalid"


def is_mobile(value: str, country: str | None = None) -> bool:
    """Whether ``value`` is a valid mobile number ("0171 2345678" in Germany): no fax's."""
    import phonenumbers

    try:
        number = phonenumbers.parse(value, region(country))
    except phonenumbers.NumberParseException:
        return False
    kind = phonenumbers.number_type(number)
    return phonenumbers.is_valid_number(number) and kind == phonenumbers.PhoneNumberType.MOBILE


#: A number's label: a phone's, a fax's or a mobile's ("Tel.", "Fax:", "Mobil Chef:", "Fax-Nr.").
_LABEL: Final = re.compile(
    r"(?i)\b(?P<kind>tel(?:efon)?|fon|phone|fax|telefax|mobil(?:telefon)?|mobile|mob|handy|cell)"
    r"(?:[- ]?(?:nr|nummer)\b\.?|\b)"
)
_KINDS: Final = {
    **dict.fromkeys(("fax", "telefax"), "fax"),
    **dict.fromkeys(("mobil", "mobiltelefon", "mobile", "mob", "handy", "cell"), "mobile"),
}
#: A number in a labelled cell: digits with the spaces, slashes and brackets numbers are written with.
_NUMBER_RUN: Final = re.compile(r"\+?\(?\d[\d\s/()\-.]{4,}\d")


def numbers_and_labels_only(value: str) -> bool:
    """Whether ``value`` holds nothing but numbers, their labels and separators: no remark ("0351
    … Handy: 0171 … (Herr Lange)" holds one) that splitting the cell into numbers would drop."""
    rest = _NUMBER_RUN.sub(" ", _LABEL.sub(" ", value))
    return re.fullmatch(r"[\s,;:/().\-–+&]*", rest) is not None


#: A number with its extension: the base ("0351 123456") and the extension after the last "-".
_WITH_EXTENSION: Final = re.compile(r"(?P<base>\+?\(?\d[\d\s/()\-.]{4,}\d)\s?-\s?\d{1,5}\b")
#: The labels before a number written short that :func:`_extensions_completed` completes.
_SHORT_LABEL: Final = r"tel(?:efon)?|fon|fax|telefax"
#: A label, then an extension alone ("Fax -99", "Fax: -99"): the number before it, that extension.
_LABELLED_EXTENSION: Final = re.compile(
    rf"(?i)(?P<label>\b(?:{_SHORT_LABEL}|durchwahl|dw)\b\.?\s*:?\s*)-\s?(?P<ext>\d{{1,5}})\b"
)
#: A label, then a number without its area code ("Fax 47111", "Fax: 4711-11"), nothing after it
#: but a separator, a word or the end.
_LABELLED_LOCAL: Final = re.compile(
    rf"(?i)(?P<label>\b(?:{_SHORT_LABEL})\b\.?\s*:?\s*)"
    r"(?P<local>[1-9]\d{2,7}(?:\s?-\s?\d{1,5})?)(?=\s*(?:$|[,;]|[^\W\d]))"
)
#: A German-style number's area code: a 0 and two to five digits, then a space, "/" or ")".
_LEADING_AREA_CODE: Final = re.compile(r"\(?(?P<area>0\d{2,5})\)?\s*[\s/]")


def _extensions_completed(value: str) -> str:
    """``value`` with a number written short after a label completed from the number before it:
    an extension alone ("0351 123456-0, Fax -99" → "… Fax 0351 123456-99": a switchboard and its
    fax's extension), or a number without its area code ("Tel. 0351 47110, Fax 47111" → "… Fax
    0351 47111"). The 25th session found such rows rejected whole."""
    first = _NUMBER_RUN.search(value)
    if first is None:
        return value
    head, tail = value[: first.end()], value[first.end() :]
    extended = _WITH_EXTENSION.fullmatch(first.group())
    if extended is not None:
        base = extended.group("base").rstrip()
        tail = _LABELLED_EXTENSION.sub(
            lambda found: f"{found.group('label')}{base}-{found.group('ext')}", tail
        )
    area = _LEADING_AREA_CODE.match(first.group())
    if area is not None:
        code = area.group("area")
        tail = _LABELLED_LOCAL.sub(lambda found: f"{found.group('label')}{code} {found.group('local')}", tail)
    return head + tail


def labelled_numbers(value: str, country: str | None = None) -> list[tuple[str, str]] | None:
    """The numbers of a cell that labels them ("0351 1234567 Mobil: 0171 2345678 Fax: 0351 1234568",
    "0351 1234568 Fax, 0171 2345678 Mobil") as (kind, number) in order, kind "phone", "fax" or
    "mobile"; None unless the cell names a fax or a mobile number, holds two numbers or more, and
    each is a valid number in ``country``.

    A label belongs to the number after it, or to the number right before it where no colon or
    number follows it ("… Fax, …", "(Fax)"). A number without a label is a phone's; one labelled
    a phone's and a fax's ("Tel. (auch Fax) 0351 …") is a phone's. The third and fourth hostile
    re-tests found such rows rejected whole, or the fax uploaded as Telefon 1. A number written
    short after a label ("0351 123456-0, Fax -99", "Tel. 0351 47110, Fax 47111") is completed
    from the number before it first (:func:`_extensions_completed`)."""
    value = _extensions_completed(value)
    labels = list(_LABEL.finditer(value))
    if not any(m.group("kind").lower() in _KINDS for m in labels):
        return None
    runs = list(_NUMBER_RUN.finditer(value))
    if len(runs) < 2:
        return None
    kinds: list[set[str]] = [set() for _ in runs]
    # a cell that starts with a number and ends with a label writes every label after its number
    # ("0351 1234568 Fax 0171 2345678 Mobil": the fourth hostile re-test found the fax uploaded)
    trailing = runs[0].start() <= labels[0].start() and labels[-1].start() >= runs[-1].end()
    for label in labels:
        kind = _KINDS.get(label.group("kind").lower(), "phone")
        after = value[label.end() :].lstrip(" .")
        before = [i for i, run in enumerate(runs) if run.end() <= label.start()]
        between = value[runs[before[-1]].end() : label.start()] if before else None
        postfix = (
            between is not None
            and between.strip(" (") == ""
            and not re.match(r":|[^\W\d]+\s*:", after)
            and (trailing or not re.match(r"[+\d(]", after))
        )
        if postfix:
            kinds[before[-1]].add(kind)
        else:
            following = [i for i, run in enumerate(runs) if run.start() >= label.end()]
            if following:
                kinds[following[0]].add(kind)
    found: list[tuple[str, str]] = []
    for run, labelled in zip(runs, kinds, strict=True):
        number = run.group().strip(" /-.")
        if number.count("(") != number.count(")"):
            number = number.strip("()")
        if classify(number, country) != "valid":
            return None
        kind = "mobile" if "mobile" in labelled else "fax" if labelled == {"fax"} else "phone"
        found.append((kind, number))
    return found


#: Where a cell of two phone numbers may be cut: Google's " ::: ", a comma, semicolon, "&", a
#: slash, "und", "oder", "u." (every place is tried, so a slash inside a number does no harm).
_TWO_SEPARATOR: Final = re.compile(r"\s*(?::::|[,;&/]|\bund\b|\boder\b|\bu\.)\s*", re.IGNORECASE)


_LETTER: Final = re.compile(r"[^\W\d_]")


def two_numbers(value: str, country: str | None = None) -> tuple[str, str] | None:
    """The two numbers of a cell that holds two valid ones joined by a separator, else None.

    Each part must be a valid number of its own in ``country``: "+49 (0)351 / 4567890" (area
    code / number) and "0351 12345678 & 12345679" (a second extension) stay one cell.
    """
    for match in _TWO_SEPARATOR.finditer(value):
        left, right = value[: match.start()].strip(), value[match.end() :].strip()
        if not left or not right or _LETTER.search(left) or _LETTER.search(right):
            continue  # "Tel. … / Fax …": a label says what a number is, not split
        if _prefixed(left) and not _prefixed(right):
            continue  # "0351 4567890, 4567891": the second shares the first's area code
        if classify(left, country) == "valid" and classify(right, country) == "valid":
            return left, right
    return None


def several_numbers(value: str, country: str | None = None) -> tuple[str, ...] | None:
    """The numbers of a cell that holds three or more valid ones joined by separators, else None.

    Cut where every part is a valid number of its own in ``country`` ("0351/123456, 0171 2345678,
    030 987654": the first slash is inside a number); as in :func:`two_numbers`, no part may have
    letters, and after a number with 0 or + every part needs one too.
    """
    cuts = list(_TWO_SEPARATOR.finditer(value))
    if len(cuts) < 2:
        return None

    @cache  # each (start, first) once: no backtracking over the same tail twice
    def rest(start: int, first: int) -> list[str] | None:
        """The numbers from ``start`` on, cut at separators ``first`` or later."""
        tail = value[start:].strip()
        for index in range(first, len(cuts)):
            part = value[start : cuts[index].start()].strip()
            if _fits(part, country, value) and (more := rest(cuts[index].end(), index + 1)) is not None:
                return [part, *more]
        return [tail] if _fits(tail, country, value) else None

    found = rest(0, 0)
    return tuple(found) if found is not None and len(found) >= 3 else None


def _prefixed(number: str) -> bool:
    """Whether ``number`` starts with its area or country code: 0 or +, in brackets too ("(0431)
    834-8468": the 40th real-export round found "+49 511 1601095 / (0431) 834-8468" kept whole,
    and rejected as too long, while the same pair without the brackets was split)."""
    return number.lstrip().lstrip("(").lstrip().startswith(("0", "+"))


def _fits(part: str, country: str | None, value: str) -> bool:
    """A valid number, with 0 or + when the cell starts with one."""
    return (
        bool(part)
        and not _LETTER.search(part)
        and (not _prefixed(value) or _prefixed(part))
        and classify(part, country) == "valid"
    )


@lru_cache(maxsize=CACHE_SIZE)
def formatted(value: str, country: str | None, style: str) -> str | None:
    """A valid number in ``style`` (``e164``: ``+493511234567``, ``national``: ``0351 1234567``); or None.

    ``national`` is the form dialled in Germany, where lexoffice's users phone from: a number of
    another country keeps its country code, whatever the row's country (``+41 44 123 45 67``,
    never ``044 123 45 67``, a German area code; the hostile values round: an Austrian row's
    "+43 (0)664 1234567" became "0664 1234567"). A number
    with letters ("030 123456 App. 22": phonenumbers reads letters as keypad digits) or an
    extension ("ext. 3", which both forms would drop) is left as written (None).
    """
    import phonenumbers

    if _LETTER.search(value) or classify(value, country) != "valid":
        return None
    number = phonenumbers.parse(value, region(country))
    if number.extension:
        return None
    if style == "e164":
        kind = phonenumbers.PhoneNumberFormat.E164
    elif phonenumbers.region_code_for_number(number) == DEFAULT_REGION:
        kind = phonenumbers.PhoneNumberFormat.NATIONAL
    else:
        kind = phonenumbers.PhoneNumberFormat.INTERNATIONAL
    return str(phonenumbers.format_number(number, kind))


# --- many values at once ------------------------------------------------------------------
#
# ``classify`` costs about 0.1 ms a value, nearly all of it in phonenumbers' Python code: at
# 20 MB that is over a second for the 60,000 distinct numbers. :func:`classify_many` gives the
# same verdicts for a whole column of values with polars, using phonenumbers' own metadata (its
# patterns and possible lengths), for the values whose parsing needs none of the library's
# special cases: digits with spaces, ``/``, ``-``, ``.`` or parentheses between them, either
# national (read in the row's region) or ``+`` and a country code that belongs to one region
# only. Every other value (letters, extensions, an IDD prefix, ``+1``, a leading zero in the
# national number …) is classified one by one by :func:`classify`. tests/test_phones.py checks
# both ways against each other.

#: Values parsed in polars: punctuation and digits only, no ``+`` (national) or one leading ``+``.
#: The most digits a phone number has, country code included (ITU-T E.164). phonenumbers takes
#: longer German numbers as valid ("+49 351 123456789000", an Excel float written out).
E164_DIGITS_MAX: Final = 15
_NATIONAL_SHAPE: Final = r"^[(]?[0-9][0-9 ()/.\-]*[0-9]$"
_PLUS_SHAPE: Final = r"^\+[0-9 ()/.\-]*[0-9]$"
#: phonenumbers' shortest and longest national significant number.
_NSN_MIN: Final = 2
_NSN_MAX: Final = 17
_DIGITS_MIN: Final = 3
_INPUT_MAX: Final = 250


@dataclass(frozen=True)
class _Region:
    """What the vectorised parse and validation need of one region's phonenumbers metadata."""

    country_code: int
    #: The national prefix stripped when parsing (``0``), or "" for none.
    prefix: str
    #: The international dialling prefix (a regex), for the national shape only.
    idd: str
    general: str
    lengths: tuple[int, ...]
    local_lengths: tuple[int, ...]
    #: (pattern, possible lengths) of every number type validity accepts.
    types: tuple[tuple[str, tuple[int, ...]], ...]


@cache
def _region_metadata(name: str) -> _Region | None:
    """The metadata of region ``name`` when the polars path reproduces phonenumbers for it, else None."""
    import phonenumbers
    from phonenumbers.phonemetadata import PhoneMetadata

    metadata = PhoneMetadata.metadata_for_region(name, None)
    if metadata is None or metadata.country_code is None:
        return None
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(metadata.country_code, ())
    prefix = metadata.national_prefix_for_parsing or ""
    general = metadata.general_desc
    if (
        tuple(regions) != (name,)  # validity then depends on the region the number belongs to
        or (not prefix.isdigit() and prefix != "")  # a pattern, not a literal prefix
        or metadata.national_prefix_transform_rule
        or general is None
        or not general.national_number_pattern
        or not general.possible_length
        or min(general.possible_length) < 1
    ):
        return None
    descs = [
        metadata.premium_rate,
        metadata.toll_free,
        metadata.shared_cost,
        metadata.voip,
        metadata.personal_number,
        metadata.pager,
        metadata.uan,
        metadata.voicemail,
        metadata.fixed_line,
        metadata.mobile,
    ]
    types = tuple(
        (d.national_number_pattern, tuple(d.possible_length))
        for d in descs
        if d is not None and d.national_number_pattern
    )
    return _Region(
        metadata.country_code,
        prefix,
        metadata.international_prefix or "",
        general.national_number_pattern,
        tuple(sorted(general.possible_length)),
        tuple(general.possible_length_local_only),
        types,
    )


@cache
def country_of_calling_code(digits: str) -> str | None:
    """The country the calling code at the start of ``digits`` names ("33142…" → "FR"; the codes
    are prefix-free): the code's main region (+44 GB, +7 RU); None for an unknown code or +1 (the
    United States, Canada and the Caribbean alike)."""
    import phonenumbers

    for length in (1, 2, 3):
        if len(digits) < length:
            break
        code = int(digits[:length])
        regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(code)
        if regions:
            return None if code == 1 or regions[0] == "001" else regions[0]
    return None


@cache
def _country_code_region(code: int) -> str | None:
    """The one region of a country calling code (None for several, e.g. +1, or none)."""
    import phonenumbers

    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(code, ())
    return regions[0] if len(regions) == 1 else None


def _full(pattern: str) -> str:
    return f"^(?:{pattern})$"


def _matches_desc(nsn: pl.Expr, pattern: str, lengths: tuple[int, ...]) -> pl.Expr:
    """phonenumbers' ``_is_number_matching_desc``: a possible length (when any) and the whole pattern."""
    match = nsn.str.contains(_full(pattern))
    return match if not lengths else nsn.str.len_chars().is_in(list(lengths)) & match


def _verdicts_in_region(frame: pl.LazyFrame, meta: _Region) -> pl.LazyFrame:
    """Column ``verdict`` (``valid``/``invalid``) for the normalized numbers ``n`` (digits, country
    code removed) of one region, with the row index ``i``; null where phonenumbers would take
    another path (a leading zero of the national number). One step per column: an expression used
    twice would be computed twice."""
    frame = frame.select("i", pl.col("n"))
    if meta.prefix:
        # _maybe_strip_national_prefix_carrier_code, for a literal prefix
        number, general = pl.col("n"), _full(meta.general)
        frame = frame.with_columns(
            number.str.slice(len(meta.prefix)).alias("stripped"),
            number.str.starts_with(meta.prefix).alias("prefixed"),
            number.str.contains(general).alias("viable"),
        )
        # stripped unless the number is viable as it is and no longer viable without the prefix
        strip = pl.col("prefixed") & (~pl.col("viable") | pl.col("stripped").str.contains(general))
        frame = frame.with_columns(pl.when(strip).then("stripped").otherwise(number).alias("potential"))
        # _test_number_length: stripped unless too short, local only or of an invalid length
        size = pl.col("potential").str.len_chars()
        usable = (size.is_in(list(meta.lengths)) | (size > max(meta.lengths))) & ~size.is_in(
            list(meta.local_lengths)
        )
        frame = frame.select("i", pl.when(usable).then("potential").otherwise(number).alias("n"))
    nsn = pl.col("n")
    size = nsn.str.len_chars()
    valid = _matches_desc(nsn, meta.general, meta.lengths) & pl.any_horizontal(
        [_matches_desc(nsn, p, lengths) for p, lengths in meta.types] or [pl.lit(False)]
    )
    # E.164: country code and national number together have at most 15 digits
    longest = min(_NSN_MAX, E164_DIGITS_MAX - len(str(meta.country_code)))
    return frame.select(
        "i",
        pl.when((size < _NSN_MIN) | (size > longest))
        .then(pl.lit("invalid"))
        .when(nsn.str.starts_with("0"))
        .then(pl.lit(None, dtype=pl.String))
        .when(valid)
        .then(pl.lit("valid"))
        .otherwise(pl.lit("invalid"))
        .alias("verdict"),
    )


#: The last pairs :func:`classify_many` was given, with its verdicts: validation asks for the same
#: column several times (a probe, then pandera; the rules ``phone-invalid`` and
#: ``phone-not-a-number``). Emptied by :func:`forget`.
_RECENT: Final[list[tuple[pl.DataFrame, pl.Series]]] = []
_RECENT_MAX: Final = 4


def forget() -> None:
    """Drop the verdicts :func:`classify_many` remembers (and :func:`classify`'s cache)."""
    _RECENT.clear()
    classify.cache_clear()


def classify_many(pairs: pl.DataFrame) -> pl.Series:
    """:func:`classify` of each row of ``pairs`` (columns ``v``: the value, ``c``: the country, both
    strings) as the String series ``verdict``, the common shapes computed in polars; the same pairs
    again are answered from memory."""
    for seen, verdicts in _RECENT:
        if seen.equals(pairs):
            return verdicts
    verdicts = _classify_many(pairs.select(pl.col("v").cast(pl.String), pl.col("c").cast(pl.String)))
    _RECENT.insert(0, (pairs, verdicts))
    del _RECENT[_RECENT_MAX:]
    return verdicts


def _region_expr(country: pl.Expr) -> pl.Expr:
    """:func:`region` of every value of ``country``."""
    return (
        pl.when(country.is_null() | (country == ""))
        .then(pl.lit(DEFAULT_REGION))
        .otherwise(country.str.slice(0, 2).str.to_uppercase())
    )


def _classify_many(pairs: pl.DataFrame) -> pl.Series:
    """The work of :func:`classify_many`: the values stay in polars, only the pairs its path leaves
    undecided go through Python (:func:`classify`, one by one)."""
    pairs = pairs.with_row_index("i")
    digits = pl.col("v").str.replace_all(r"[^0-9]", "")
    frame = pairs.select(
        "i",
        "v",
        _region_expr(pl.col("c")).alias("r"),
        digits.alias("d"),
        pl.col("v").str.contains(_NATIONAL_SHAPE).alias("national"),
        pl.col("v").str.contains(_PLUS_SHAPE).alias("plus"),
    )
    # phonenumbers refuses fewer than three digits (no number) and more than 250 characters.
    frame = frame.filter(
        (pl.col("d").str.len_chars() >= _DIGITS_MIN) & (pl.col("v").str.len_chars() <= _INPUT_MAX)
    )
    parts: list[pl.LazyFrame] = []
    # National numbers: read in the row's region (never an IDD or the country code in front).
    for (name,), part in frame.filter("national").partition_by("r", as_dict=True).items():
        meta = _region_metadata(str(name))
        if meta is None:
            continue
        plain = ~pl.col("d").str.contains(f"^(?:{meta.idd})") if meta.idd else pl.lit(True)
        plain = plain & ~pl.col("d").str.starts_with(str(meta.country_code))
        part = part.filter(plain)
        parts.append(_verdicts_in_region(part.lazy().rename({"d": "n"}), meta))
    # International numbers: the country code is the first 1–3 digits that are one.
    plus = frame.filter("plus")
    if plus.height:
        import phonenumbers

        codes = sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)
        code = pl.lit(None, dtype=pl.Int64)
        for width in (3, 2, 1):  # the shortest prefix wins: test it last
            head = pl.col("d").str.slice(0, width)
            code = (
                pl.when(head.cast(pl.Int64, strict=False).is_in(codes) & ~head.str.starts_with("0"))
                .then(head.cast(pl.Int64, strict=False))
                .otherwise(code)
            )
        plus = plus.with_columns(code.alias("cc")).filter(pl.col("cc").is_not_null())
        for (cc,), part in plus.partition_by("cc", as_dict=True).items():
            name = _country_code_region(int(cc))
            meta = _region_metadata(name) if name is not None else None
            if meta is None:
                continue
            rest = pl.col("d").str.slice(len(str(cc))).alias("n")
            parts.append(_verdicts_in_region(part.lazy().select("i", rest), meta))
    decided = pl.DataFrame(schema={"i": pl.UInt32, "verdict": pl.String})
    if parts:
        decided = pl.concat(parts).filter(pl.col("verdict").is_not_null()).collect()
    table = pairs.join(decided, on="i", how="left", maintain_order="left")
    verdicts = table.get_column("verdict").clone()
    open_ = table.filter(pl.col("verdict").is_null())
    if open_.height:
        found = [classify(value, country) for value, country in open_.select("v", "c").iter_rows()]
        verdicts.scatter(open_.get_column("i"), pl.Series(found, dtype=pl.String))
    return verdicts


# --- numbers Excel stripped of their 0 or + ------------------------------------------------


def bare(value: pl.Expr, country: pl.Expr) -> pl.Expr:
    """True where ``value`` is bare digits (spaces allowed; no 0, 00 or + in front) in a row whose
    country (``country``, ``DE`` when empty) dials national numbers with a leading 0: such a number
    has probably lost that 0 or its + when Excel stored it as a number."""
    return value.str.contains(_BARE_SHAPE) & _region_expr(country).is_in(TRUNK_ZERO_REGIONS)


def prefix_readings(pairs: pl.DataFrame) -> pl.DataFrame:
    """For each row of ``pairs`` (``v``: the value, ``c``: the country): Boolean ``zero`` (0 in front
    makes a valid number in the row's country) and ``plus`` (+ in front makes a valid number, the
    digits starting with a country code); both False where the value is not :func:`bare`.
    Classified with :func:`classify_many`, for the bare values only."""
    value, country = pl.col("v").cast(pl.String), pl.col("c").cast(pl.String)
    indexed = pairs.select(value, country).with_row_index("i")
    found = indexed.filter(bare(value, country))
    flags = pl.DataFrame(schema={"i": pl.UInt32, "zero": pl.Boolean, "plus": pl.Boolean})
    if found.height:
        zero = classify_many(found.select((pl.lit("0") + value).alias("v"), country))
        plus = classify_many(found.select((pl.lit("+") + value).alias("v"), country))
        flags = found.select("i", (zero == "valid").alias("zero"), (plus == "valid").alias("plus"))
    joined = indexed.join(flags, on="i", how="left", maintain_order="left")
    return joined.select(pl.col("zero", "plus").fill_null(False))


def shown_readings(pairs: pl.DataFrame) -> pl.DataFrame:
    """:func:`prefix_readings` as the user reads them: String ``zero`` (``0351 1234567``, national)
    and ``plus`` (``+49 351 1234567``, international), null where that reading is not valid.
    Formatted by phonenumbers once per distinct value (only the values a warning quotes)."""
    import phonenumbers

    flags = prefix_readings(pairs)
    table = pairs.select(pl.col("v").cast(pl.String), pl.col("c").cast(pl.String)).with_columns(flags)
    columns: list[pl.Series] = []
    for name, prefix, style in (
        ("zero", "0", phonenumbers.PhoneNumberFormat.NATIONAL),
        ("plus", "+", phonenumbers.PhoneNumberFormat.INTERNATIONAL),
    ):
        wanted = table.filter(name).select("v", "c").unique()
        shown = {
            f"{v}\x00{c or ''}": str(
                phonenumbers.format_number(phonenumbers.parse(prefix + v, region(c)), style)
            )
            for v, c in wanted.iter_rows()
        }
        key = pl.concat_str([pl.col("v"), pl.lit("\x00"), pl.col("c").fill_null("")])
        text = key.replace_strict(list(shown), list(shown.values()), default=None, return_dtype=pl.String)
        columns.append(table.select(pl.when(name).then(text).alias(name)).to_series())
    return pl.DataFrame(columns)


#: A phone's and a fax's label in one ("Tel/Fax", "Tel. u. Fax", "Fon + Fax"): the number is a
#: phone number (the 25th session found "Tel/Fax 0371 …" uploaded with its label, "Tel. + Fax:
#: 0371 …" rejected).
_PHONE_AND_FAX: Final = r"(?:tel(?:efon)?|fon)\.?\s*(?:/|u\.|und|\+|&)\s*(?:tele)?fax"
#: A label before a number ("Tel.:", "Mobil", "Handy", "Tel/Fax"), optional; a fax label alone is
#: none. Read by the value check of a phone column too (:mod:`importer.evidence`), in polars.
PHONE_LABEL: Final = (
    rf"(?:(?:{_PHONE_AND_FAX}|tel(?:efon)?|phone|fon|mobil|mobile|handy|b(?:ü|ue)ro|zentrale|privat)"
    r"\.?\s*:?\s*)?"
)
#: The words of a remark in brackets after a number ("mobil", "Zentrale", "nur vormittags").
REMARK_TEXT: Final = r"[^()0-9]{1,40}"
#: A label before a number or a remark after it: no part of the number.
#: The number of a cell with a label or a remark: digits with the spaces, slashes, dots and
#: brackets numbers are written with.
_REMARKED_NUMBER: Final = r"\+?\(?[0-9][0-9 ()/.\-–]{4,}[0-9]"
_REMARKED: Final = re.compile(
    rf"\s*{PHONE_LABEL}({_REMARKED_NUMBER})\s*(?:\(({REMARK_TEXT})\))?\s*", re.IGNORECASE
)


#: A remark that says the number is no phone number to use: a fax, an old or wrong one, one of
#: someone who died (:mod:`importer.emails` has the same words but fax and death for addresses;
#: the layers keep the two modules apart).
DISMISSIVE: Final = re.compile(
    r"(?i)fax|\balte?[nrs]?\b|falsch|ungültig|ungueltig|gesperrt|nicht|kein|verstorben|veraltet|\bold\b|wrong|"
    r"invalid|\behem|fr(?:ü|ue)her|bisher|vorher|\bvorm(?:als|\.)|former|previous|\bfx\b"
)
_DATE: Final = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}")
#: A phone's and a fax's label before the number.
_PHONE_AND_FAX_LABEL: Final = re.compile(rf"(?i)\s*{_PHONE_AND_FAX}")
#: What parts a number's digits into two: a spaced slash, a slash before a dash, a comma, a semicolon.
_SEVERAL_PARTS: Final = re.compile(r"\s/\s|/\s*-|[,;]")
#: A remark that says the number is a phone's and a fax's: "(Tel. und Fax)", "(Tel./Fax)", "(auch Fax)".
_BOTH_REMARK: Final = re.compile(rf"(?i){_PHONE_AND_FAX}\.?|auch\s+(?:tele)?fax")


#: Any words and a colon before the number ("Werkstatt: 0911 556670", "Buchhaltung: …"): a label
#: too (the 26th hostile round found vtiger's "Werkstatt: …" uploaded as typed).
_WORDS_LABELLED: Final = re.compile(rf"\s*(?P<label>[^\W\d_][^\d:@]{{0,30}}):\s*({_REMARKED_NUMBER})\s*")


#: A label that names another number than a phone's ("Kundennr.:", "BLZ:", "Steuernummer:",
#: "Geburtstag:", "Sprechzeit:") unless it names a phone too ("Telefonnummer:").
_OTHER_NUMBER_LABEL: Final = re.compile(
    r"(?i)kunden|konto|\bkto\b|\bblz\b|\bbic\b|iban|steuer|\bust\b|\bplz\b|datum|geb(?:\.|urt)|zeit|"
    r"g(?:ü|ue)ltig|\bbis\b|\bstand\b|\buhr\b|(?:ö|oe)ffnung|\bnr\b|nummer|\bno\b|\bid\b|\bref"
)
_PHONE_WORD: Final = re.compile(r"(?i)tel|fon|phone|handy|mobil|\bruf|zentrale|durchwahl")
#: A date or a time written like a number ("1980-05-12", "14.00-16.00", "12/2025").
_DATE_OR_TIME: Final = re.compile(
    rf"{_DATE.pattern}|\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}[.:]\d{{2}}\s*[-–]\s*\d{{1,2}}[.:]\d{{2}}|\d{{1,2}}/\d{{2,4}}"
)
_NUMBER_DIGITS_MIN: Final = 6


def _words_label_read(label: str, number: str) -> bool:
    """Whether words and a colon before ``number`` are a phone number's label: not one that
    dismisses the number ("alte Nummer:", "Fax:"), names another number ("Kundennr.:", "BLZ:")
    or a date; the number no date or time and of six digits at least (the re-test of the rule)."""
    if DISMISSIVE.search(label) or (_OTHER_NUMBER_LABEL.search(label) and not _PHONE_WORD.search(label)):
        return False
    return (
        not _DATE_OR_TIME.fullmatch(number.strip()) and sum(c.isdigit() for c in number) >= _NUMBER_DIGITS_MIN
    )


def without_remark(value: str) -> str:
    """``value`` without a label before or a remark after its one number; else ``value`` (also
    when the remark dismisses the number, "(Fax)", "(alt)", "(nicht mehr aktuell)", or the number
    is a date). A JSON value with one number (:func:`importer.cells.json_values`) gives it."""
    found = json_values(value)
    if found is not None:
        numbers = [v for v in found if any(ch.isdigit() for ch in v)]
        # several: one cell of numbers as a list writes them, for the steps that share them out
        return " / ".join(numbers) if numbers else value
    match = _REMARKED.fullmatch(value)
    if match is None:
        words = _WORDS_LABELLED.fullmatch(value)
        if words is None or not _words_label_read(words.group("label"), words.group(2)):
            return value
        return words.group(2)
    if match.group(1) == value.strip():
        return value
    remark = match.group(2)
    if remark and DISMISSIVE.search(remark) and not _BOTH_REMARK.fullmatch(remark.strip()):
        return value
    # a phone's and a fax's label before two numbers ("Tel./Fax: 0371 123456 / 0371 123457", "…
    # / -57"): the second is the fax, which the fax steps set aside (the re-test found it Telefon 2)
    both = (remark and _BOTH_REMARK.fullmatch(remark.strip())) or _PHONE_AND_FAX_LABEL.match(value)
    if both and _SEVERAL_PARTS.search(match.group(1)):
        return value
    if _DATE.fullmatch(match.group(1)):
        return value
    return match.group(1)


# --- numbers whose codes a file keeps in columns of their own ------------------------------------

#: A calling code as a column of its own holds it: ``+49``, ``0049``, ``49``, ``(+49)``.
_CALLING_CODE: Final = re.compile(r"\(?\s*(?:\+|00)?\s*([1-9][0-9]{0,3})\s*\)?")
#: An area code as a column of its own holds it: ``0351``, ``351``, ``(0351)``.
_AREA_CODE: Final = re.compile(r"\(?\s*(0?)([1-9][0-9]{0,5})\s*\)?")
_AREA_DIGITS_MIN: Final = 2
#: A number a spreadsheet stored and wrote with decimals: "351.0", "49,0".
_SPREADSHEET_NUMBER: Final = re.compile(r"([0-9]+)[.,]0+")
#: A subscriber's number without any code: digits (spaces, dashes, slashes between), no 0 or + first.
_SUBSCRIBER: Final = re.compile(r"[1-9][0-9 ()/\-]*")

#: What :func:`join_parts` did with a row's code cells.
Joined = Literal["joined", "redundant", "no-number", "no-code", "other-code", "not-a-number", "ambiguous"]


def join_parts(
    country: str | None, area: str | None, number: str | None, home: str | None = None
) -> tuple[str | None, Joined]:
    """The whole number of ``number`` with the calling code ``country`` and the area code
    ``area`` (either may be None) put before it, and what became of the codes:

    - ``joined``: the number with them (``+49``, ``0351``, ``1234567`` → ``+49 351 1234567``;
      ``0351``, ``1234567`` → ``0351 1234567``; ``+49``, ``07114567890`` → ``+49 7114567890``);
      an area code that lost its 0 in a spreadsheet gets it back where the row's country
      ``home`` (a lexoffice country code, Germany when None) dials one (``351`` → ``0351``), and
      a number that holds the codes already, without the 0 or + a spreadsheet dropped, gets that
      back instead (``0351``, ``3511234567`` → ``0351 1234567``) where only that reading is valid;
    - ``redundant``: the number has them already (``+49``, ``+49 351 1234567``): nothing to join;
    - ``no-number``: there is no number to put them before;
    - ``no-code``: a code is none (``DE``, ``Zentrale``);
    - ``other-code``: the number has another code (``0351`` before ``0171 555666``);
    - ``not-a-number``: the number is no plain number (``Zentrale``);
    - ``ambiguous``: the number starts with the code's digits, and both readings are valid.

    A label or remark around the number (``1234567 (privat)``) stays for the cleaning after.
    The trunk 0 of an area code (or of a national number) goes only after a calling code whose
    country drops it there (``+49 351``, but ``+39 06``: Italy keeps it).
    """
    country, area, number = (_without_decimals(v) for v in (country, area, number))
    calling = _CALLING_CODE.fullmatch(country) if country else None
    code = _AREA_CODE.fullmatch(area) if area else None
    if code is not None and len(code.group(1) + code.group(2)) < _AREA_DIGITS_MIN:
        code = None  # "5": no area code
    if (country and calling is None) or (area and code is None):
        return None, "no-code"
    if not number:
        return None, "no-number"
    core = without_remark(number)
    lead = core.lstrip("( ")
    digits = re.sub(r"[^0-9]", "", core)
    cc = calling.group(1) if calling else ""
    zero, area_digits = (code.group(1), code.group(2)) if code else ("", "")
    if lead.startswith(("+", "00")):
        rest = digits[2:] if lead.startswith("00") else digits
        if cc and not rest.startswith(cc):
            return None, "other-code"
        after = [rest[len(cc) :]] if cc else [rest[k:] for k in (1, 2, 3)]
        if area_digits and not any(a.lstrip("0").startswith(area_digits) for a in after):
            return None, "other-code"
        return None, "redundant"
    if lead.startswith("0"):
        if area_digits:
            return (None, "redundant") if digits[1:].startswith(area_digits) else (None, "other-code")
        national = re.sub(r"^(\(?)\s*0", r"\1", number) if _drops_zero(cc) else number
        return f"+{cc} {national}", "joined"
    if _SUBSCRIBER.fullmatch(core) is None:
        return None, "not-a-number"
    if cc and area_digits:
        plain = f"+{cc} {'' if _drops_zero(cc) else zero}{area_digits} {number}"
    elif cc:
        plain = f"+{cc} {number}"
    else:
        trunk = zero or ("0" if _dials_zero(home) else "")
        plain = f"{trunk}{area_digits} {number}"
    prefix = cc or area_digits
    if not digits.startswith(prefix):
        return plain, "joined"
    # "3511234567" after "0351": the subscriber's number, or the whole number without its 0?
    whole = f"+{cc} {digits[len(cc) :]}" if cc else f"0{area_digits} {digits[len(area_digits) :]}"
    plain_valid, whole_valid = (classify(v, home) == "valid" for v in (plain, whole))
    if plain_valid != whole_valid:
        return (plain, "joined") if plain_valid else (whole, "joined")
    return None, "ambiguous"


def _dials_zero(home: str | None) -> bool:
    """True when national numbers of country ``home`` (Germany when None) start with a trunk 0."""
    return _trunk_zero(region(home))


def _without_decimals(value: str | None) -> str | None:
    """``value`` stripped, without the decimals a spreadsheet wrote for a number ("351.0")."""
    if value is None:
        return None
    match = _SPREADSHEET_NUMBER.fullmatch(value.strip())
    return match.group(1) if match else value.strip()


def _drops_zero(calling_code: str) -> bool:
    """True when the country of ``calling_code`` drops its trunk prefix 0 after the calling code
    (Germany's 0351 is +49 351); False for one that keeps it (Italy) or a code of several countries."""
    name = _country_code_region(int(calling_code)) if calling_code else None
    return name is not None and _trunk_zero(name)


def _trunk_zero(name: str) -> bool:
    """True when region ``name``'s national numbers start with the trunk prefix 0 (phonenumbers)."""
    from phonenumbers.phonemetadata import PhoneMetadata

    metadata = PhoneMetadata.metadata_for_region(name, None)
    return metadata is not None and metadata.national_prefix == "0"
