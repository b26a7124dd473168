"""The header vocabulary: how headers are normalised, and the synonyms of ``reference/synonyms.toml``.

:func:`normalize` folds a header to the form every comparison uses; :func:`load_synonyms`
reads the vocabulary (synonyms, weak synonyms, never-map list, address side words, merge
headers) and refuses one that contradicts itself.
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, NamedTuple

import reference
from importer.catalog import Catalog
from importer.errors import ConfigurationError
from importer.messages import msg

#: Address side words of ``[address_side]``.
SIDES: Final = ("business", "billing", "shipping", "private")
#: Merge kinds of ``[merge]``.
MERGE_KINDS: Final = (
    "house_number",
    "house_number_suffix",
    "postcode_city",
    "contact_person",
    "person_name",
    "person_name_fallback",
    "vat_country",
    "phone_country",
    "phone_area",
)

_TRANSLIT: Final = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_WORD: Final = re.compile(r"[a-z]+|[0-9]+")
_NUMBER_WORDS: Final = frozenset({"nr", "nummer", "no", "number", "num"})


class Normalized(NamedTuple):
    """A header reduced to what matters for matching."""

    #: Words and digit runs, number words ("Nummer", "No", "Nr.") unified to ``nr``.
    tokens: tuple[str, ...]
    #: The tokens joined: the comparison key ("Kd.-Nr." → ``kdnr``, "Straße 1" → ``strasse1``).
    key: str
    #: The words joined without unifying number words (fuzzy matching uses both forms).
    plain: str
    #: All digits of the header ("Address 2 - Street" → ``2``).
    digits: str


def _unify_number(word: str) -> str:
    if word in _NUMBER_WORDS:
        return "nr"
    if word.endswith("nummer") and len(word) > len("nummer"):
        return word[: -len("nummer")] + "nr"
    return word


@functools.lru_cache(maxsize=8192)
def normalize(text: str) -> Normalized:
    """Fold case, umlauts (ä→ae), ß→ss, accents, punctuation, whitespace and "Nr."/"Nummer"/"No"."""
    folded = unicodedata.normalize("NFC", text).casefold().translate(_TRANSLIT)
    ascii_text = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode("ascii")
    raw = tuple(_WORD.findall(ascii_text))
    tokens = tuple(_unify_number(word) for word in raw)
    digits = "".join(word for word in raw if word.isdigit())
    return Normalized(tokens, "".join(tokens), "".join(raw), digits)


# --- synonyms ----------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Synonyms:
    """The header vocabulary of ``reference/synonyms.toml`` (plus an optional extra file).

    Compared by identity, so that the tables built from it can be cached.
    """

    #: lexoffice column → header names that mean it.
    synonyms: Mapping[str, tuple[str, ...]]
    #: lexoffice column → header names that mean it but lose to any other match (score 0.9).
    weak: Mapping[str, tuple[str, ...]]
    #: reason → headers that must never be mapped.
    never_map: Mapping[str, tuple[str, ...]]
    #: ``business``/``billing``/``shipping``/``private`` → words that put an address on side 1 or 2.
    address_side: Mapping[str, tuple[str, ...]]
    #: ``house_number``/``postcode_city``/``contact_person``/``vat_country`` → headers merged into
    #: another column.
    merge: Mapping[str, tuple[str, ...]]
    source: str = "reference/synonyms.toml"

    def never_map_headers(self) -> list[str]:
        """Every never-map header, in file order."""
        return [header for headers in self.never_map.values() for header in headers]


def _string_lists(data: Any, table: str, where: str) -> dict[str, tuple[str, ...]]:
    section = data.get(table, {})
    if not isinstance(section, dict):
        raise ConfigurationError(msg("mapping-synonyms-invalid", path=where, detail=f"[{table}]"))
    result: dict[str, tuple[str, ...]] = {}
    for key, values in section.items():
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise ConfigurationError(msg("mapping-synonyms-invalid", path=where, detail=f"[{table}] {key}"))
        result[str(key)] = tuple(values)
    return result


def _merged(
    first: Mapping[str, tuple[str, ...]], second: Mapping[str, tuple[str, ...]]
) -> dict[str, tuple[str, ...]]:
    result = dict(first)
    for key, values in second.items():
        result[key] = (*result.get(key, ()), *values)
    return result


def _check_synonyms(synonyms: Synonyms, where: str) -> None:
    """Refuse side or merge names the mapper does not know, and a header meaning two things."""
    unknown = [k for k in synonyms.address_side if k not in SIDES] + [
        k for k in synonyms.merge if k not in MERGE_KINDS
    ]
    if unknown:
        raise ConfigurationError(msg("mapping-synonyms-invalid", path=where, detail=", ".join(unknown)))
    meaning: dict[str, str] = {}
    entries: list[tuple[str, str]] = [
        (word, f"→ {target}")
        for table in (synonyms.synonyms, synonyms.weak)
        for target, words in table.items()
        for word in words
    ]
    entries += [(word, "never_map") for word in synonyms.never_map_headers()]
    entries += [(word, f"merge {kind}") for kind, words in synonyms.merge.items() for word in words]
    for word, what in entries:
        key = normalize(word).key
        if not key:
            raise ConfigurationError(msg("mapping-synonyms-invalid", path=where, detail=repr(word)))
        if meaning.setdefault(key, what) != what:
            detail = f"{word!r}: {meaning[key]} / {what}"
            raise ConfigurationError(msg("mapping-synonyms-invalid", path=where, detail=detail))


def _parse_synonyms(data: dict[str, Any], where: str) -> Synonyms:
    return Synonyms(
        synonyms=_string_lists(data, "synonyms", where),
        weak=_string_lists(data, "weak", where),
        never_map=_string_lists(data, "never_map", where),
        address_side=_string_lists(data, "address_side", where),
        merge=_string_lists(data, "merge", where),
        source=where,
    )


@functools.lru_cache(maxsize=8)
def load_synonyms(extra: Path | None = None) -> Synonyms:
    """The shipped ``reference/synonyms.toml``, with the lists of the file ``extra`` appended."""
    text = reference.data_file("synonyms.toml").read_text(encoding="utf-8")
    synonyms = _parse_synonyms(tomllib.loads(text), "reference/synonyms.toml")
    if extra is not None:
        try:
            more = _parse_synonyms(tomllib.loads(extra.read_text(encoding="utf-8-sig")), str(extra))
        except FileNotFoundError:
            raise ConfigurationError(msg("mapping-synonyms-missing", path=extra)) from None
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigurationError(msg("mapping-synonyms-invalid", path=extra, detail=exc)) from None
        synonyms = Synonyms(
            synonyms=_merged(synonyms.synonyms, more.synonyms),
            weak=_merged(synonyms.weak, more.weak),
            never_map=_merged(synonyms.never_map, more.never_map),
            address_side=_merged(synonyms.address_side, more.address_side),
            merge=_merged(synonyms.merge, more.merge),
            source=f"{synonyms.source} + {extra}",
        )
    _check_synonyms(synonyms, synonyms.source)
    return synonyms


#: Score of a synonym listed under ``[weak]``.
WEAK_SCORE: Final = 0.9
#: Catalog groups whose columns are address fields (number 1 or 2).
ADDRESS_GROUPS: Final = ("billing", "shipping")


# --- lookup tables (built once per synonyms × catalog) ----------------------------------------


@dataclass(frozen=True, slots=True)
class Choice:
    """One fuzzy candidate: a catalog name, synonym (``target``) or never-map header (``reason``)."""

    text: str
    key: str
    plain: str
    digits: str
    target: str | None
    reason: str | None


class SideReading(NamedTuple):
    side: str
    core: str


class Tables:
    """Normalised lookup tables for one synonyms object and one catalog."""

    def __init__(self, synonyms: Synonyms, columns: tuple[tuple[str, str], ...]) -> None:
        names = [name for name, _ in columns]
        self.names = frozenset(names)
        self.catalog_keys = {normalize(name).key: name for name in names}
        self.synonym_keys: dict[str, tuple[str, float]] = {}
        for table, weight in ((synonyms.synonyms, 1.0), (synonyms.weak, WEAK_SCORE)):
            for target, words in table.items():
                if target in self.names:
                    for word in words:
                        self.synonym_keys.setdefault(normalize(word).key, (target, weight))
        self.never_keys = {
            normalize(word).key: reason for reason, words in synonyms.never_map.items() for word in words
        }
        self.merge_keys = {
            normalize(word).key: kind for kind, words in synonyms.merge.items() for word in words
        }
        self.side_words = {
            normalize(word).key: side for side, words in synonyms.address_side.items() for word in words
        }
        self.side_prefixes = sorted(self.side_words.items(), key=lambda item: (-len(item[0]), item[0]))
        # Address fields: "Straße 1" → ("Straße", 1); the "neutral" table maps a side-free,
        # digit-free header key ("strasse", "postleitzahl") to its field.
        self.address: dict[tuple[str, int], str] = {}
        for name, group in columns:
            base, _, number = name.rpartition(" ")
            if group in ADDRESS_GROUPS and number in ("1", "2") and base:
                self.address[(base, int(number))] = name
        fields = {name: base for (base, number), name in self.address.items() if number == 1}
        self.neutral: dict[str, tuple[str, float]] = {
            normalize(base).key: (base, 1.0) for base in fields.values()
        }
        for table, weight in ((synonyms.synonyms, 1.0), (synonyms.weak, WEAK_SCORE)):
            for target, words in table.items():
                if target in fields:
                    for word in words:
                        norm = normalize(word)
                        if not norm.digits and self.header_side(norm) is None:
                            self.neutral.setdefault(norm.key, (fields[target], weight))
        choices: dict[str, Choice] = {}
        for name in names:
            self._add_choice(choices, name, name, None)
        for table in (synonyms.synonyms, synonyms.weak):
            for target, words in table.items():
                if target in self.names:
                    for word in words:
                        self._add_choice(choices, word, target, None)
        for reason, words in synonyms.never_map.items():
            for word in words:
                self._add_choice(choices, word, None, reason)
        self.choices = tuple(choices.values())
        self._subsets: dict[str, tuple[tuple[Choice, ...], list[str], list[str]]] = {}

    @staticmethod
    def _add_choice(choices: dict[str, Choice], text: str, target: str | None, reason: str | None) -> None:
        norm = normalize(text)
        choices.setdefault(norm.key, Choice(text, norm.key, norm.plain, norm.digits, target, reason))

    def subset(self, digits: str) -> tuple[tuple[Choice, ...], list[str], list[str]]:
        """Fuzzy candidates for a header with ``digits``: targets with the same digits, all never-map ones."""
        found = self._subsets.get(digits)
        if found is None:
            chosen = tuple(c for c in self.choices if not digits or c.target is None or c.digits == digits)
            found = (chosen, [c.key for c in chosen], [c.plain for c in chosen])
            self._subsets[digits] = found
        return found

    def header_side(self, norm: Normalized) -> str | None:
        """The side named by whole words of the header, or None (none or contradicting words)."""
        sides = {self.side_words[t] for t in norm.tokens if t in self.side_words}
        return sides.pop() if len(sides) == 1 else None

    def side_readings(self, norm: Normalized) -> list[SideReading]:
        """Readings of the header as side word + field: whole words first, then word beginnings."""
        sides = {self.side_words[t] for t in norm.tokens if t in self.side_words}
        if len(sides) > 1:
            return []
        rest = [t for t in norm.tokens if t not in self.side_words]
        readings: list[SideReading] = []
        if sides:
            readings.append(SideReading(next(iter(sides)), "".join(rest)))
        for i, token in enumerate(rest):
            for prefix, side in self.side_prefixes:
                if token.startswith(prefix) and (not sides or side in sides):
                    remainder = token[len(prefix) :]
                    cuts = [remainder, remainder[1:]] if remainder.startswith("s") else [remainder]
                    for cut in cuts:
                        readings.append(SideReading(side, "".join([*rest[:i], cut, *rest[i + 1 :]])))
                    break
        return [reading for reading in readings if reading.core]


def catalog_shape(catalog: Catalog) -> tuple[tuple[str, str], ...]:
    return tuple((column.name, column.group) for column in catalog.columns)


@functools.lru_cache(maxsize=16)
def lookup_tables(synonyms: Synonyms, columns: tuple[tuple[str, str], ...]) -> Tables:
    return Tables(synonyms, columns)
