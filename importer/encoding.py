"""Encoding detection for contact CSV files, explained byte by byte.

Order: BOM → strict UTF-8 over the whole file → UTF-16 without BOM → a choice among the
single-byte code pages that German business software and Excel write. The choice scores
every non-ASCII byte of the *whole* file (an accent in row 9,000 counts) by how plausible
its character is in a European contact list, so cp1252 is not mistaken for cp1250
(è → č, ñ → ń) as an unrestricted detector does. When the Western reading has odd characters
("Doðan", "Pawe³", "Ðîìàøêà"), the lines with non-ASCII bytes are read in the other code pages
too: one that reads them as words (Turkish "Doğan", Polish "Paweł", Russian "Ромашка") is taken,
marked as uncertain. charset-normalizer names another code page when none does.

:func:`unmojibake` undoes text that was decoded the wrong way before it reached us (UTF-8 read
as cp1252): the cleaning repairs cells with it, the parser headers.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Final

from importer.errors import ConfigurationError, InputUnusableError
from importer.messages import msg
from importer.model import EncodingInfo

#: Code pages business data from elsewhere in Europe comes in (asked only for a second opinion):
#: Central European, Cyrillic, Greek, Turkish, Baltic; Windows and ISO variants.
_OTHER_CODE_PAGES: Final = (
    "cp1250",
    "cp1251",
    "cp1253",
    "cp1254",
    "cp1257",
    "iso8859_2",
    "iso8859_5",
    "iso8859_7",
    "iso8859_9",
    "koi8_r",
)
#: Single-byte candidates, in order of precedence when they read a file alike.
CANDIDATES: Final = ("cp1252", "iso8859_15", "latin_1", "cp850", "mac_roman")

_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32", "UTF-32 LE"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32", "UTF-32 BE"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig", "UTF-8 (EF BB BF)"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16", "UTF-16 LE (FF FE)"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16", "UTF-16 BE (FE FF)"),
)

_GERMAN: Final = frozenset("äöüÄÖÜß")
_NAME_LETTERS: Final = frozenset("éèêëáàâãåçñóòôõøúùûíìîïýÿæœÉÈÊËÁÀÂÃÅÇÑÓÒÔÕØÚÙÛÍÌÎÏÝÆŒ")
#: Icelandic letters: rare in a German contact list, and how cp1252 reads Turkish ğ ş Ğ Ş
#: ("Doðan", "Ayþe").
_ICELANDIC: Final = frozenset("ðÐþÞ")
_RARE_LETTERS: Final = frozenset("šžŠŽ")
_TYPOGRAPHY: Final = frozenset("€£¥¢„“”‘’‚–—…•°§²³µ·«»×®©™")
#: The acute accent typed as an apostrophe ("O´Neill", "Andre´s"), as common as a name letter.
_TYPED_APOSTROPHE: Final = "´"
#: Marks that follow a name ("Müller™", "Coca-Cola®").
_MARKS: Final = frozenset("®©™")
#: A no-break space is common in data that went through Excel or Word.
_NBSP: Final = "\u00a0"
#: Readings that cannot follow a lowercase letter inside a word ("MŠller", "M„nner").
_NOT_AFTER_LOWER: Final = frozenset("„‚§¤¦¨©®¬±×÷")
#: DOS and classic-Mac code pages must beat the Windows ones clearly: points per non-ASCII byte.
_RARE_CODE_PAGE_PRIOR: Final = 2
_ASCII_BYTES: Final = bytes(range(128))


#: Byte classes: the statistics below are counted on ``data.translate(_CLASSES)`` with
#: C-speed bytes methods, never byte by byte in Python. Written out as a table, not computed by
#: a function: it is built once at import, where mutation testing cannot switch a mutant in
#: (tests/test_encoding.py checks it against Python's UTF-8 decoder).
_CLASSES: Final = (
    b"." * 0x61  # 00-60: any ASCII byte but a lowercase letter
    + b"l" * 26  # 61-7A: lowercase ASCII letter
    + b"." * 5  # 7B-7F
    + b"C" * 0x40  # 80-BF: could continue a two-byte UTF-8 sequence
    + b"H" * 2  # C0-C1: never in UTF-8
    + b"L" * 30  # C2-DF: could lead a two-byte UTF-8 sequence
    + b"H" * 0x20  # E0-FF: any other non-ASCII byte
)
#: After the UTF-8 pairs are gone only "lowercase", "other ASCII" and "non-ASCII" matter.
_FOLD_HIGH: Final = bytes.maketrans(b"LCH", b"HHH")
#: A non-ASCII byte right before an uppercase ASCII letter (one regular-expression pass in C:
#: 46 ms at 20 MB, against 68 ms for marking them with bytes methods as above).
_BEFORE_UPPER: Final = re.compile(rb"[\x80-\xff](?=[A-Z])")
_UPPER_BYTES: Final = frozenset(range(0x41, 0x5B))
#: The bytes a candidate reads as ß (cp1252, ISO 8859-1/-15: 0xDF; cp850: 0xE1; Mac Roman:
#: 0xA7), each as its own class, and the ASCII consonants as ``k``: ß always follows a vowel
#: or diphthong, never a consonant ("Mßlaga" is cp850's reading of cp1252's "Málaga").
_SHARP_S_BYTES: Final = (0xDF, 0xE1, 0xA7)
_AFTER_CONSONANT_CLASSES: Final = bytes(
    ord("k") if chr(b).isascii() and chr(b).isalpha() and chr(b) not in "AEIOUaeiou"
    else ord("1") + _SHARP_S_BYTES.index(b) if b in _SHARP_S_BYTES
    else ord(".")
    for b in range(256)
)  # fmt: skip
_HIGH_CLASSES: Final = frozenset(b"LCH")


def _weight(char: str) -> int:
    """How plausible ``char`` is in a Western European contact list (higher = likelier)."""
    if char in _GERMAN:
        return 6
    if char in _NAME_LETTERS:
        return 3
    if char in _RARE_LETTERS:
        return 2
    if char in _ICELANDIC:
        return -1
    if char in _TYPOGRAPHY:
        return 1
    if char in (_NBSP, _TYPED_APOSTROPHE):
        return 3
    category = unicodedata.category(char)
    if category.startswith("C"):
        return -6  # C1 control characters: a wrong reading almost for sure
    if category.startswith("L"):
        return -1  # letters, but not ones a German/European name list uses (e.g. Greek)
    if char in "─│┌┐└┘├┤┬┴┼═║╔╗╚╝╠╣╦╩╬░▒▓█▀▄■":
        return -6  # box drawing in a contact list means the wrong code page
    return -2  # other symbols: ¤ ¦ ¨ ¸ ¼ √ ∫ ◊ ...


def _odd_after_lower(char: str) -> bool:
    """True when ``char`` right after a lowercase ASCII letter means a wrong reading."""
    return char not in _MARKS and (
        char.isupper()
        or char in _NOT_AFTER_LOWER
        or unicodedata.category(char) in ("Sm", "So", "Sc", "No")  # No: ¹ ² ³ ¼ ("Pawe³" for Paweł)
    )


def _odd_before_upper(char: str) -> bool:
    """True when ``char`` right before an uppercase ASCII letter means a wrong reading: a
    lowercase letter there ("äAltvertrag" for cp1252's „Altvertrag in cp850) starts no word
    and ends none; ß does, in capitals ("STRAßE")."""
    return char.islower() and char != "ß"


def line_of(data: bytes, pos: int) -> int:
    """1-based physical line of byte offset ``pos`` (LF, CRLF and lone CR all count)."""
    crlf = data.count(b"\r\n", 0, pos)
    return data.count(b"\n", 0, pos) + data.count(b"\r", 0, pos) - crlf + 1


@dataclass(frozen=True, slots=True)
class _ByteStats:
    """What the scoring needs to know about the non-ASCII bytes of a file."""

    #: Occurrences of each byte value (index), UTF-8 pairs excluded.
    counts: list[int]
    #: Occurrences right after a lowercase ASCII letter, UTF-8 pairs removed first.
    after_lower: list[int]
    #: Occurrences right before an uppercase ASCII letter, UTF-8 pairs removed first.
    before_upper: list[int]
    #: Runs of four or more non-ASCII bytes (a hint at a non-Western file).
    long_runs: int
    #: Two-byte UTF-8 sequences, as found left to right.
    pairs: int
    #: Non-ASCII bytes scored (pairs excluded).
    scored: int


def _byte_stats(data: bytes, high: bytes) -> _ByteStats:
    """Count non-ASCII bytes and their context in a few passes over ``data`` in C.

    ``high``: the non-ASCII bytes of ``data`` in order (``data.translate(None, _ASCII_BYTES)``).

    UTF-8 pairs inside a non-UTF-8 file are double-encoding leftovers ("BÃ¤ckerei"): they
    say nothing about the code page (the cleaning repairs them), so they are left out, as
    if removed from the file (:func:`_without_pairs` corrects the counts).
    """
    classes = data.translate(_CLASSES)
    # "L" and "C" are disjoint, so counting "LC" finds exactly the pairs a left-to-right scan finds.
    pairs = classes.count(b"LC")
    folded = classes.translate(_FOLD_HIGH)
    # "lH" cannot overlap itself: replacing it marks exactly the bytes after a lowercase letter,
    # and deleting the ASCII classes leaves one flag per non-ASCII byte, in order.
    flags = folded.replace(b"lH", b"X").translate(None, b"l.")
    counts = [0] * 256
    for value, n in Counter(high).items():
        counts[value] = n
    after_lower = [0] * 256
    for (value, flag), n in Counter(zip(high, flags, strict=True)).items():
        if flag == ord("X"):
            after_lower[value] = n
    before_upper = [0] * 256
    for value, n in Counter(_BEFORE_UPPER.findall(data)).items():
        before_upper[value[0]] = n
    long_runs = _long_runs(folded)
    stats = _ByteStats(counts, after_lower, before_upper, long_runs, pairs, len(high))
    return _without_pairs(stats, data, classes) if pairs else stats


def _after_consonant(data: bytes, counts: list[int]) -> dict[int, int]:
    """How often each byte some candidate reads as ß (:data:`_SHARP_S_BYTES`) follows an ASCII
    consonant; the pass is made only when one of them is in the file."""
    if not any(counts[b] for b in _SHARP_S_BYTES):
        return {}
    classes = data.translate(_AFTER_CONSONANT_CLASSES)
    return {b: classes.count(bytes([ord("k"), ord("1") + i])) for i, b in enumerate(_SHARP_S_BYTES)}


def _long_runs(folded: bytes) -> int:
    """Runs of four or more non-ASCII bytes in ``folded`` (classes ``l``, ``.`` and ``H`` only).

    Each such run ends with ``HHHH`` followed by ``.``, ``l`` or the end of the data, once per
    run; counted at its end rather than at its start, the search skips along on the rare ``H``
    instead of stopping at every ``.`` (3.5 times faster at 20 MB).
    """
    if b"HHHH" not in folded:
        return 0
    return folded.count(b"HHHH.") + folded.count(b"HHHHl") + (1 if folded.endswith(b"HHHH") else 0)


def _without_pairs(stats: _ByteStats, data: bytes, classes: bytes) -> _ByteStats:
    """Correct ``stats`` as if every UTF-8 pair had been removed from ``data`` (they are few)."""
    counts, after_lower, before_upper = list(stats.counts), list(stats.after_lower), list(stats.before_upper)
    starts: list[int] = []
    pos = classes.find(b"LC")
    while pos >= 0:
        starts.append(pos)
        pos = classes.find(b"LC", pos + 2)
    paired = set(starts)
    # What precedes each pair once the pairs before it are gone: its class, or 0 at the start.
    before: dict[int, int] = {}
    runs: dict[int, tuple[int, int]] = {}  # affected runs of non-ASCII bytes: start -> (end, pair bytes)
    for p in starts:
        counts[data[p]] -= 1
        counts[data[p + 1]] -= 1
        before[p] = before[p - 2] if p - 2 in paired else (classes[p - 1] if p else 0)
        if p and classes[p - 1] == ord("l"):
            after_lower[data[p]] -= 1  # counted while the pair was there; it is not scored
        q = p + 2
        if q < len(data) and classes[q] in _HIGH_CLASSES and q not in paired and before[p] == ord("l"):
            after_lower[data[q]] += 1  # the byte after the pair now follows a lowercase letter
        if q < len(data) and data[q] in _UPPER_BYTES:
            before_upper[data[p + 1]] -= 1  # counted while the pair was there; it is not scored
        if p and p - 2 not in paired and classes[p - 1] in _HIGH_CLASSES:
            # the first pair of a chain: the byte before it now comes before what follows the chain
            ahead = q
            while ahead in paired:
                ahead += 2
            if ahead < len(data) and data[ahead] in _UPPER_BYTES:
                before_upper[data[p - 1]] += 1
        start = p
        while start and classes[start - 1] in _HIGH_CLASSES:
            start -= 1
        end, inside = runs.get(start, (p + 2, 0))
        while end < len(classes) and classes[end] in _HIGH_CLASSES:
            end += 1
        runs[start] = (end, inside + 2)
    long_runs = stats.long_runs
    for start, (end, inside) in runs.items():
        long_runs += (end - start - inside >= 4) - (end - start >= 4)
    return _ByteStats(
        counts, after_lower, before_upper, long_runs, stats.pairs, stats.scored - 2 * stats.pairs
    )


def _display(char: str) -> str:
    if unicodedata.category(char).startswith("C"):
        return f"U+{ord(char):04X}"
    return f"„{char}“"


def detect_encoding(data: bytes, forced: str | None = None, *, path: str = "") -> EncodingInfo:
    """Find the codec that decodes ``data``, with evidence; raise when it cannot be decoded.

    ``forced`` (from ``--encoding``) skips detection but is still checked strictly: a byte
    it cannot decode is refused, never replaced.
    """
    if forced:
        return _forced(data, forced, path)
    for bom, name, decoder, label in _BOMS:
        if data.startswith(bom):
            try:
                data.decode(decoder)
            except UnicodeDecodeError:
                # Excel's "CSV UTF-8" with a line appended in Windows-1252; else refused
                mixed = _mostly_utf8(data) if decoder == "utf-8-sig" else None
                if mixed is not None:
                    return mixed
                _strict_decode(data, decoder, path)
            return EncodingInfo(name, True, msg("evidence-bom", bom=label), decoder)
    high = data.translate(None, _ASCII_BYTES)
    if not high:
        return EncodingInfo("ascii", False, msg("evidence-ascii"), "ascii")
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        mixed = _mostly_utf8(data)
        if mixed is not None:
            return mixed
        not_utf8 = msg("evidence-not-utf8", byte=data[exc.start], line=line_of(data, exc.start))
    else:
        sample = text[:200_000]
        multi = [c for c in dict.fromkeys(sample) if ord(c) > 127]
        examples = " ".join(_display(c) for c in multi[:6]) or "–"
        count = len(text) - len(text.encode("ascii", "ignore"))
        return EncodingInfo("utf-8", False, msg("evidence-utf8", count=count, examples=examples), "utf-8")
    return _choose_single_byte(data, high, not_utf8)


#: UTF-8 whose few undecodable bytes are read as Windows-1252: a UTF-8 export with a line that
#: another program appended, or a cell Excel saved (the web round found such a file read as
#: cp850, every umlaut of its UTF-8 lines garbled).
MIXED_DECODER: Final = "utf-8+cp1252"
_MIXED_ERRORS: Final = "lexoffice-import-cp1252"
#: Valid UTF-8 characters a file needs, per byte that is no UTF-8, to be read so (and at least
#: :data:`MIXED_MIN_CHARS` of them).
MIXED_SHARE: Final = 4
MIXED_MIN_CHARS: Final = 8
#: The start of a large file looked at first.
MIXED_SAMPLE: Final = 200_000


def _other_bytes(text: str) -> list[int] | None:
    """Where ``text`` (decoded with ``surrogateescape``) holds bytes that are no UTF-8; None as
    soon as there are more than :data:`MIXED_SHARE` allows: a file of another encoding."""
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    found: list[int] = []
    for other in _SURROGATE.finditer(text):
        found.append(other.start())
        if len(found) * MIXED_SHARE > non_ascii - len(found):
            return None
    return found


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """The bytes UTF-8 cannot decode, read as Windows-1252 (its five unused bytes as Latin-1)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return "".join(_CP1252_OR_LATIN1[b] for b in bad), error.end


_CP1252_OR_LATIN1: Final = [
    (bytes([b]).decode("cp1252") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b)) for b in range(256)
]
codecs.register_error(_MIXED_ERRORS, _cp1252_fallback)
#: A byte UTF-8 could not decode, as ``surrogateescape`` keeps it.
_SURROGATE: Final = re.compile("[\udc80-\udcff]")


def _mostly_utf8(data: bytes) -> EncodingInfo | None:
    """UTF-8 but for a few bytes (:data:`MIXED_SHARE`), read so (:data:`MIXED_DECODER`)."""
    if (
        len(data) > MIXED_SAMPLE
        and _other_bytes(data[:MIXED_SAMPLE].decode("utf-8", "surrogateescape")) is None
    ):
        return None  # a file of another encoding, told by its start (a 20 MB file: 0.09 s less)
    text = data.decode("utf-8", errors="surrogateescape")
    bad = _other_bytes(text)
    if not bad:
        return None
    good = len(text) - len(text.encode("ascii", "ignore")) - len(bad)
    if good < MIXED_MIN_CHARS:
        return None
    line = text.count("\n", 0, bad[0]) + text.count("\r", 0, bad[0]) - text.count("\r\n", 0, bad[0]) + 1
    examples = " ".join(_display(_CP1252_OR_LATIN1[ord(text[i]) - 0xDC00]) for i in bad[:3])
    evidence = msg("evidence-mixed", good=good, bad=len(bad), line=line, examples=examples)
    return EncodingInfo("utf-8", data.startswith(codecs.BOM_UTF8), evidence, MIXED_DECODER)


def _forced(data: bytes, forced: str, path: str) -> EncodingInfo:
    try:
        info = codecs.lookup(forced)
    except LookupError:
        raise InputUnusableError(msg("input-unknown-encoding", encoding=forced)) from None
    if not info._is_text_encoding:  # rot13, base64, zlib …: codecs, but not between bytes and text
        raise ConfigurationError(msg("usage-encoding-not-text", encoding=forced))
    name = info.name
    bom = False
    decoder = name
    if name == "utf-8" and data.startswith(codecs.BOM_UTF8):  # codecs.lookup's name for every UTF-8 alias
        bom, decoder = True, "utf-8-sig"
    elif name.startswith("utf-16") and data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        bom, decoder = True, "utf-16"
        name = "utf-16-le" if data.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
    _strict_decode(data, decoder, path)
    return EncodingInfo(name, bom, msg("evidence-forced"), decoder)


def _strict_decode(data: bytes, decoder: str, path: str) -> None:
    try:
        data.decode(decoder)
    except UnicodeDecodeError as exc:
        # "utf-8-sig" counts from after the BOM it strips; the other decoders from the file's start.
        start = exc.start + (len(codecs.BOM_UTF8) if decoder == "utf-8-sig" else 0)
        raise InputUnusableError(
            msg(
                "input-undecodable",
                path=path,
                encoding=decoder,
                byte=data[start],
                line=line_of(data, start),
            )
        ) from None


def _utf16_without_bom(data: bytes) -> EncodingInfo | None:
    """UTF-16 text without BOM: about every second byte is NUL (ASCII-heavy contact data)."""
    sample = data[:65536]
    if len(sample) < 4 or sample.count(0) < len(sample) // 3:
        return None
    even, odd = sample[0::2], sample[1::2]
    for name, zeros, size in (("utf-16-le", odd.count(0), len(odd)), ("utf-16-be", even.count(0), len(even))):
        if size and zeros / size > 0.6:
            try:
                data.decode(name)
            except UnicodeDecodeError:
                return None
            share = round(100 * zeros / size)
            return EncodingInfo(name, False, msg("evidence-utf16-nobom", share=share), name)
    return None


def _choose_single_byte(data: bytes, high: bytes, not_utf8: str) -> EncodingInfo:
    # Every candidate must decode every byte of the file, UTF-8 pairs included.
    decodable = sorted(set(high))
    stats = _byte_stats(data, high)
    counts, after_lower, before_upper = stats.counts, stats.after_lower, stats.before_upper
    pairs, scored = stats.pairs, stats.scored
    present = [b for b in range(128, 256) if counts[b]]
    after_consonant = _after_consonant(data, counts)
    evidence: list[str] = [not_utf8]
    if pairs:
        evidence.append(msg("evidence-utf8-pairs", pairs=pairs))
    # Line ends hint at the writer: lone CR is classic Mac (mac_roman), CRLF is DOS/Windows.
    # One point per non-ASCII byte: enough to settle a near tie (cp850 "è" vs mac_roman "ä").
    crlf = data.count(b"\r\n")
    lone_cr, lone_lf = data.count(b"\r") - crlf, data.count(b"\n") - crlf
    # Classic Mac OS ended lines with a lone CR; a CRLF file is almost surely not from it.
    mac_hint = scored if lone_cr > crlf + lone_lf else -3 * scored if crlf > lone_cr + lone_lf else 0
    scores: dict[str, int] = {}
    readings: dict[str, dict[int, str]] = {}
    for name in CANDIDATES:
        chars: dict[int, str] = {}
        undefined = None
        for b in decodable:
            try:
                chars[b] = bytes([b]).decode(name)
            except UnicodeDecodeError:
                undefined = b
                break
        if undefined is not None:
            evidence.append(msg("evidence-undefined", names=name, byte=undefined))
            continue
        readings[name] = chars
        scores[name] = sum(
            counts[b] * _weight(chars[b])
            - (4 * after_lower[b] if _odd_after_lower(chars[b]) else 0)
            - (4 * before_upper[b] if _odd_before_upper(chars[b]) else 0)
            - (4 * after_consonant.get(b, 0) if chars[b] == "ß" else 0)
            for b in present
        ) + (mac_hint if name == "mac_roman" else 0)
        if name in ("cp850", "mac_roman"):
            scores[name] -= _RARE_CODE_PAGE_PRIOR * scored
    # latin_1 decodes everything, so at least one candidate remains.
    ranked = sorted(scores, key=lambda n: (-scores[n], CANDIDATES.index(n)))
    chosen = ranked[0]
    deciding = [b for b in present if len({readings[n][b] for n in ranked}) > 1]
    deciding.sort(key=lambda b: -counts[b])
    for b in deciding[:4]:
        shown = ", ".join(f"{n} {_display(readings[n][b])}" for n in ranked)
        first = msg("evidence-first-line", line=line_of(data, data.find(bytes([b]))))
        evidence.append(msg("evidence-byte", byte=b, count=counts[b], first=first, readings=shown))
    if deciding:
        evidence.append(
            msg("evidence-choice", chosen=chosen, scores=", ".join(f"{n} {scores[n]}" for n in ranked))
        )
    else:
        evidence.append(msg("evidence-same", chosen=chosen))
    info = EncodingInfo(chosen, False, "; ".join(evidence), chosen)
    reading = readings[chosen]
    odd = sum(
        counts[b]
        if _weight(reading[b]) < 0
        else (after_lower[b] if _odd_after_lower(reading[b]) else 0)
        + (before_upper[b] if _odd_before_upper(reading[b]) else 0)
        + (after_consonant.get(b, 0) if reading[b] == "ß" else 0)
        for b in present
    )
    return _second_opinion(data, scored, info, scores[chosen], stats.long_runs, odd)


def _second_opinion(
    data: bytes, scored: int, info: EncodingInfo, score: int, runs: int, odd: int
) -> EncodingInfo:
    """Look again when the Western reading looks implausible or has odd characters.

    Implausible: a score of zero or less, many runs of four or more non-ASCII bytes (Cyrillic,
    Greek), or more than a tenth of the non-ASCII bytes read as odd characters (Polish "£ódŸ").
    ``scored``: the number of non-ASCII bytes scored (UTF-8 leftover pairs not counted).

    The lines with non-ASCII bytes are then read in every other code page: one that reads them
    as words where the Western reading has misfits (:func:`_plausibility`) is taken, marked as
    uncertain with the Western one as the alternative. Else, for an implausible reading,
    charset-normalizer names the likeliest other code page, and the Western reading stands,
    marked as uncertain.
    """
    implausible = score <= 0 or (runs >= 3 and runs * 4 > scored * 0.3) or (odd >= 3 and odd * 10 > scored)
    if not implausible and not odd and not runs:
        return info
    sample = _lines_with_high_bytes(data)
    shown = _decoded(sample, info.decoder)
    own = _plausibility(shown)
    better = _more_plausible(data, sample, shown, own)
    if better is not None:
        name, other = better
        detail = msg("evidence-other-reading", chosen=name, misfits=own.misfits, other=other.misfits)
        return EncodingInfo(
            name, False, info.evidence + "; " + detail, name, confident=False, alternative=info.name
        )
    if not implausible or (not own.misfits and not (runs >= 3 and runs * 4 > scored * 0.3) and score > 0):
        return info  # odd bytes, but as text every character fits ("120 m³")
    from charset_normalizer import from_bytes  # heavy and rarely needed: imported here

    # The likeliest code page that reads the lines otherwise: one that reads them the same
    # ("HausÄrzte" in cp1250 too; the Polish "£ódŸ" in cp1254) is no other reading to offer (the
    # hostile round: a tip to check again with --encoding cp1250, for the same text)
    matches = from_bytes(data[:2_000_000], cp_isolation=list(_OTHER_CODE_PAGES))
    best = next((m for m in matches if _decoded(sample, m.encoding) != shown), None)
    if best is None or best.encoding in CANDIDATES or best.encoding in ("utf_8", "ascii"):
        return info
    if runs >= 3:
        detail = msg("evidence-high-runs", runs=runs)
    elif odd:
        detail = msg("evidence-odd-readings", odd=odd, total=scored)
    else:
        detail = msg("evidence-low-score", score=score)
    return EncodingInfo(
        info.name,
        info.bom,
        info.evidence + "; " + detail,
        info.decoder,
        confident=False,
        alternative=best.encoding,
    )


#: Code pages a file is read in when its Western reading has misfits, in order of precedence:
#: the Western ones (the byte statistics may have picked the wrong one), the other European
#: ones, and those Japanese and Chinese Windows write.
_READINGS: Final = (*CANDIDATES, *_OTHER_CODE_PAGES, "shift_jis", "gb18030")
#: At most this much of the lines with non-ASCII bytes is read in every code page.
_PLAUSIBILITY_SAMPLE: Final = 1_000_000


@dataclass(frozen=True, slots=True)
class _Plausibility:
    """How a text reads as contact data: points for likely characters, and misfits."""

    score: int
    misfits: int


def _lines_with_high_bytes(data: bytes) -> bytes:
    """The lines of ``data`` with a non-ASCII byte, joined by LF, up to :data:`_PLAUSIBILITY_SAMPLE`."""
    parts: list[bytes] = []
    size = 0
    found = _HIGH_BYTE.search(data)
    while found is not None and size < _PLAUSIBILITY_SAMPLE:
        start = max(data.rfind(b"\n", 0, found.start()), data.rfind(b"\r", 0, found.start())) + 1
        ends = [e for e in (data.find(b"\n", found.start()), data.find(b"\r", found.start())) if e >= 0]
        end = min(ends) if ends else len(data)
        parts.append(data[start:end])
        size += end - start
        found = _HIGH_BYTE.search(data, end)
    return b"\n".join(parts)


_HIGH_BYTE: Final = re.compile(rb"[\x80-\xff]")


def _decoded(sample: bytes, codec: str) -> str | None:
    try:
        return sample.decode(codec)
    except UnicodeDecodeError:
        return None


def _more_plausible(
    data: bytes, sample: bytes, western: str | None, own: _Plausibility
) -> tuple[str, _Plausibility] | None:
    """The code page that reads ``sample`` better than the Western reading ``western`` (``own``:
    its plausibility) does, if one clearly does.

    Clearly: the Western reading has misfits, the other one at most a quarter as many, and more
    points. Western letters score higher than Central European ones, so a German file with
    French names ("Lefèvre", not "Lefčvre") keeps its reading.
    """
    if not own.misfits:
        return None
    # only a reading without control characters guards its letters
    guarded = western if western is not None and not _C1.search(western) else None
    best: tuple[str, _Plausibility] | None = None
    for codec in _READINGS:
        text = _decoded(sample, codec)
        if text is None:
            continue
        if guarded is not None and _changes_common_letters(guarded, text):
            # the hostile round: genuine Western files went to cp1250/cp1254 ("Muńoz", "Guğrún")
            continue
        other = _plausibility(text)
        if other.misfits * 4 > own.misfits or other.score <= own.score:
            continue
        fitter = best is None or (other.misfits, -other.score) < (best[1].misfits, -best[1].score)
        if fitter and _decoded(data, codec) is not None:  # the whole file, not only the sample
            best = (codec, other)
    return best


_C1: Final = re.compile("[\x80-\x9f]")
#: Western letters a reading in another code page may not change while the Western reading is
#: defined everywhere: a file with "Muñoz", "Lefèvre", "Øberg" keeps its reading.
_COMMON_WESTERN: Final = (_GERMAN | _NAME_LETTERS) - frozenset("œŒýÝ")


def _changes_common_letters(western: str, other: str) -> bool:
    """True when ``other`` reads a common Western letter of ``western`` as another Latin letter or
    a symbol (cp1250's "Muńoz"); a reading in another script (Cyrillic, Greek, CJK) changes every
    letter, and the misfits decide it."""
    if len(western) != len(other):
        return False  # a multi-byte reading (Shift-JIS, GB 18030)
    return any(
        a != b and (not b.isalpha() or _script(b) == "LATIN")
        for a, b in zip(western, other, strict=True)
        if a in _COMMON_WESTERN
    )


def _script(char: str) -> str:
    """The script of a letter, CJK scripts as one ("CJK", "LATIN", "CYRILLIC", "GREEK" …); "" for
    a letter of no script that fits beside any (µ, the micro sign)."""
    name = unicodedata.name(char, "")
    first = name.split(" ", 1)[0]
    if first in ("CJK", "HIRAGANA", "KATAKANA", "HALFWIDTH"):
        return "CJK"
    return first if first in _SCRIPTS else ""


_SCRIPTS: Final = frozenset(("LATIN", "CYRILLIC", "GREEK", "ARABIC", "HEBREW", "HANGUL", "THAI"))
#: Ordinal indicators (1º, 2ª): letters to Unicode, symbols beside a letter ("ºtefan" is cp1254's
#: reading of Romanian "Ştefan").
_ORDINALS: Final = frozenset("ºª")


#: Letters other code pages read rarer names with than the ones a byte means elsewhere: cp1250's
#: đ ţ for cp1254's ğ ş ("Doğan", "Ayşe"), ŕ ĺ ľ ă for cp1252's à å ¾ ã.
_LESS_COMMON: Final = frozenset("đĐţŢŕŔĺĹľĽăĂ")
#: Symbols that may touch a letter: apostrophes typed as accents ("O´Neill") and marks.
_BESIDE_LETTERS: Final = frozenset("´`’‘·®©™-–")
#: Around each non-ASCII character, one character of context (lookahead: the matches overlap).
_IN_CONTEXT: Final = re.compile("(?=(.)([^\x00-\x7f])(.))", re.DOTALL)


def _plausibility(text: str | None) -> _Plausibility:
    """Points and misfits of the non-ASCII characters of ``text`` as contact data.

    Misfits: control and unassigned characters; a letter next to a letter of another script
    ("Москва" read as KOI8-R is Cyrillic, but "Mьnchen" is not a word); an uppercase letter
    after a lowercase one ("dŸ"); a third accented Latin letter in a row ("Ðîìàøêà" is
    Cyrillic read as cp1252); a symbol or superscript beside a letter ("Pawe³", "£ódŸ") but
    for m² and m³ and an ordinal before a space ("nº 5"); punctuation between letters ("Ma¿e").
    Each distinct character in its context is judged once.
    """
    if text is None:
        return _Plausibility(0, 1)
    score = misfits = 0
    for (before, char, after), n in Counter(_IN_CONTEXT.findall(f"\n{text}\n")).items():
        points = _points(before, char, after)
        score += n * points
        misfits += n if points < 0 else 0
    return _Plausibility(score, misfits)


def _points(before: str, char: str, after: str) -> int:
    """Points for ``char`` between ``before`` and ``after`` (negative: a misfit)."""
    category = unicodedata.category(char)
    if category.startswith("C"):
        return -6
    if category.startswith("L") and char not in _ORDINALS:
        script = _script(char)
        for near in (before, after):
            if near.isalpha() and near not in _ORDINALS and script and _script(near) not in ("", script):
                return -4
        if char.isupper() and before.islower():
            return -4
        if (
            script == "LATIN"
            and not (before.isascii() or after.isascii())
            and before.isalpha()
            and after.isalpha()
        ):
            return -4
        if char in _GERMAN:
            return 6
        if char in _NAME_LETTERS:
            return 3
        if "\uff61" <= char <= "\uff9f":
            return 0  # half-width katakana, one byte each: how Shift-JIS reads Chinese ("ｱｱｾｩ" for 北京)
        return 1 if char in _LESS_COMMON else 2
    beside = before.isalpha() or after.isalpha()
    if category == "No" or category.startswith("S") or char in _ORDINALS:
        if (
            (char in "²³" and before == "m")
            or char in _BESIDE_LETTERS
            or (char in _ORDINALS and after in " .")
        ):
            return 1
        return -4 if beside else 1
    if category.startswith("P") and before.isalpha() and after.isalpha() and char not in _BESIDE_LETTERS:
        return -4
    return 1


def decode(data: bytes, info: EncodingInfo) -> str:
    """Decode ``data`` strictly with the detected codec (the BOM is dropped); UTF-8 with a few
    other bytes (:data:`MIXED_DECODER`) reads those as Windows-1252."""
    if info.decoder == MIXED_DECODER:
        text = data.decode("utf-8", errors=_MIXED_ERRORS)
    else:
        text = data.decode(info.decoder)
    return text[1:] if text.startswith("\ufeff") else text


#: A UTF-8 lead byte read as cp1252 (Â..ô) followed by a continuation byte read as cp1252: text
#: once decoded the wrong way ("MÃ¼ller"). Used by polars and Python's re alike.
MOJIBAKE: Final = (
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)


def unmojibake(value: str) -> str:
    """``value`` with UTF-8-read-as-cp1252 undone, in NFC (a cell or a header).

    The whole value is tried as one round trip first (cp1252 bytes that form valid UTF-8,
    the usual case); ftfy, whose import alone costs 0.1 s, handles everything else: partly
    broken values, other code pages, and text that only looks suspicious ("SÃO PAULO").
    """
    try:
        fixed = value.encode("cp1252").decode("utf-8")
    except UnicodeError:
        import ftfy

        fixed = ftfy.fix_encoding(value)
    return unicodedata.normalize("NFC", fixed)
