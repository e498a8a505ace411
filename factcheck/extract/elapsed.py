"""Elapsed time up to the dateline: "three years after the February 2022 invasion", "now in
its fourth year" with the start named nearby. The rule ``date.elapsed-mismatch`` checks
each one against the dateline; here they are only read."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.extract.numbers import ParsedNumber
from factcheck.extract.tense import tense_at
from factcheck.lexicon import Lexicon
from factcheck.model import Amount, DateMention, Elapsed, Span
from factcheck.text import Token, TokenKind, token_at, where

_UNITS = {"year": "year", "month": "month", "week": "week", "day": "day"}
_POSSESSIVES = frozenset({"its", "their", "the"})
_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "a", "an", "this", "that"})
#: How many sentences back the start of an ordinal year may be named.
_START_SENTENCES = 2
#: How far (tokens) a present word may stand from the count to mark the clause as now.
_PRESENT_WINDOW = 12


def opens_elapsed(kind: TokenKind, text: str, lower: str, lexicon: Lexicon) -> bool:
    """Whether a token may tie a stretch of time to a date: a joiner ("after", "since")
    or a possessive ("its fourth year")."""
    return lower in lexicon.elapsed_joiners or lower in _POSSESSIVES


def extract_elapsed(
    tokens: Sequence[Token],
    numbers: Sequence[ParsedNumber],
    dates: Sequence[DateMention],
    lexicon: Lexicon,
    openers: Sequence[int] | None = None,
) -> tuple[Elapsed, ...]:
    joiners = lexicon.elapsed_joiners
    cues = where(tokens, opens_elapsed, lexicon) if openers is None else openers
    if not cues:
        return ()
    date_at: dict[int, DateMention] = {}
    for d in dates:
        k = token_at(tokens, d.span.start)
        if k is not None and d.first is not None:
            date_at[k] = d
    count_ending = {p.last: p for p in numbers if p.mention.kind == "cardinal"}
    out: list[Elapsed] = []
    for j in cues:
        if tokens[j].lower in joiners:
            found = _after(tokens, j, count_ending, date_at, lexicon)
        else:  # "its", "their", "the"
            found = _ordinal(tokens, j, date_at, lexicon)
        if found is not None:
            out.append(found)
    return tuple(out)


def _unit(word: str, lexicon: Lexicon) -> str | None:
    unit = lexicon.ago_units.get(word)
    return _UNITS.get(unit) if unit is not None else None


def _now(tokens: Sequence[Token], k: int, lexicon: Lexicon) -> bool:
    """Whether the clause around token ``k`` speaks of now: a present word near it and no
    past tense word nearer."""
    if tense_at(tokens, k, lexicon, participles=False) == "past":
        return False
    sentence = tokens[k].sentence
    lo, hi = max(k - _PRESENT_WINDOW, 0), min(k + _PRESENT_WINDOW + 1, len(tokens))
    return any(t.sentence == sentence and t.lower in lexicon.elapsed_present for t in tokens[lo:hi])


def _after(
    tokens: Sequence[Token],
    j: int,
    count_ending: dict[int, ParsedNumber],
    date_at: dict[int, DateMention],
    lexicon: Lexicon,
) -> Elapsed | None:
    """ "three years after the February 2022 invasion", "more than 18 months since May"."""
    if j < 2:
        return None
    unit = _unit(tokens[j - 1].lower, lexicon)
    count = count_ending.get(j - 2)
    if unit is None or count is None:
        return None
    # The date follows the joiner, or starts at it: "since May 2024" is one date, a range.
    k = j if j in date_at else j + 1
    while k < len(tokens) and k <= j + 3 and k not in date_at:
        if tokens[k].lower not in _DETERMINERS:
            return None
        k += 1
    found = date_at.get(k)
    since = found.range_start or found if found is not None else None
    if since is None or since.relative or not _now(tokens, j, lexicon):
        return None
    span = Span(tokens[count.first].start, tokens[j].end)
    return Elapsed(span, count.mention.amount, unit, since, "after")


def _ordinal(
    tokens: Sequence[Token], j: int, date_at: dict[int, DateMention], lexicon: Lexicon
) -> Elapsed | None:
    """ "now in its fourth year", "entering their 21st month", with the start named in a
    date after a start word ("since", "began", "invasion") in this sentence or just before."""
    if j + 2 >= len(tokens):
        return None
    number = _ordinal_value(tokens[j + 1].lower, lexicon)
    unit = _UNITS.get(tokens[j + 2].lower)
    if number is None or unit is None or number < 1 or not _now(tokens, j, lexicon):
        return None
    since = _start_date(tokens, j, date_at, lexicon)
    if since is None:
        return None
    count = Amount(number, number - 1, number, high_inclusive=False, hedge="ordinal")
    return Elapsed(Span(tokens[j].start, tokens[j + 2].end), count, unit, since, "ordinal")


def _ordinal_value(word: str, lexicon: Lexicon) -> int | None:
    if word in lexicon.ordinals:
        return lexicon.ordinals[word]
    for suffix in ("st", "nd", "rd", "th"):
        digits = word.removesuffix(suffix)
        if digits != word and digits.isdecimal() and len(digits) <= 4:
            return int(digits)
    return None


def _start_date(
    tokens: Sequence[Token], j: int, date_at: dict[int, DateMention], lexicon: Lexicon
) -> DateMention | None:
    """The nearest date before token ``j`` (this sentence or the two before) or after it in
    its sentence that a start word brings in: "began in February 2022", "since 2014"."""
    sentence = tokens[j].sentence
    candidates = sorted(date_at, key=lambda k: abs(k - j))
    for k in candidates:
        if not sentence - _START_SENTENCES <= tokens[k].sentence <= sentence:
            continue
        if k > j and tokens[k].sentence != sentence:
            continue
        before = {t.lower for t in tokens[max(k - 3, 0) : k + 1]}  # "since 2014" starts at since
        found = date_at[k].range_start or date_at[k]
        if before & lexicon.elapsed_start_cues and not found.relative:
            return found
    return None
