"""Clock times with a time zone ("10 a.m. EDT", "14:00 GMT", "1400 GMT", "2pm Kyiv time")
and the conversions written beside them ("10 a.m. EDT (1400 GMT)")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.lexicon import Lexicon
from factcheck.model import ClockTime, Span, TimeConversion
from factcheck.text import Token, TokenKind, where

_GLUED = re.compile(r"(\d{1,2})(?:[:.](\d\d))?([ap])m")
_SEPARATORS = frozenset({",", "/", "or", "-", "\u2013", "\u2014"})


def opens_clock(kind: TokenKind, text: str, lower: str, lexicon: Lexicon) -> bool:
    """Whether a token may open a clock time: one that starts with a digit."""
    return kind != "punct" and text[:1].isdigit()


def extract_clock_times(
    tokens: Sequence[Token], lexicon: Lexicon, openers: Sequence[int] | None = None
) -> tuple[tuple[ClockTime, ...], tuple[TimeConversion, ...]]:
    """Every clock time that names its zone, and the pairs of them that convert one into
    the other: the second in brackets or after a comma, a slash or "or"."""
    times: list[ClockTime] = []
    ends: list[int] = []  # the last token of each time
    read = 0  # the first token no time has taken
    for i in where(tokens, opens_clock, lexicon) if openers is None else openers:
        if i < read:
            continue
        found = _clock_at(tokens, i, lexicon)
        if found is None:
            continue
        time, last = found
        times.append(time)
        ends.append(last)
        read = last + 1
    conversions = []
    for k in range(len(times) - 1):
        if _beside(tokens, ends[k], times[k + 1]):
            span = times[k].span.cover(times[k + 1].span)
            conversions.append(TimeConversion(span, times[k], times[k + 1]))
    return tuple(times), tuple(conversions)


def _beside(tokens: Sequence[Token], last: int, nxt: ClockTime) -> bool:
    """Whether ``nxt`` follows the time ending at token ``last`` with only a bracket, a
    comma, a slash or "or" between."""
    k = last + 1
    gap = 0
    while k < len(tokens) and tokens[k].start < nxt.span.start:
        if tokens[k].text not in ("(", "[") and tokens[k].lower not in _SEPARATORS:
            return False
        gap += 1
        k += 1
    return 0 < gap <= 2


def _clock_at(tokens: Sequence[Token], i: int, lexicon: Lexicon) -> tuple[ClockTime, int] | None:
    minutes_last = _minutes_at(tokens, i)
    if minutes_last is None:
        return None
    minutes, last, _ = minutes_last
    zone = _zone_at(tokens, last + 1, lexicon)
    if zone is None:
        return None
    name, zone_last = zone
    span = Span(tokens[i].start, tokens[zone_last].end)
    zone_span = Span(tokens[last + 1].start, tokens[zone_last].end)
    return ClockTime(span, minutes, name, zone_span), zone_last


def _minutes_at(tokens: Sequence[Token], i: int) -> tuple[int, int, bool] | None:
    """Minutes after midnight of the time at token ``i``, its last token, and whether it
    had "a.m."/"p.m."."""
    tok = tokens[i]
    glued = _GLUED.fullmatch(tok.lower) if tok.kind == "word" else None
    if glued is not None:  # "10am", "2.30pm"
        hour, minute = int(glued[1]), int(glued[2] or 0)
        return _twelve(hour, minute, glued[3]), i, True
    if tok.kind != "num" or not tok.text.isdecimal():
        return None
    n = len(tokens)
    if len(tok.text) == 4:  # "1400 GMT"
        hour, minute = int(tok.text[:2]), int(tok.text[2:])
        return (hour * 60 + minute, i, False) if hour < 24 and minute < 60 else None
    if len(tok.text) > 2:
        return None
    hour, minute, last = int(tok.text), 0, i
    if (
        i + 2 < n
        and tokens[i + 1].text in (":", ".")
        and tokens[i + 2].kind == "num"
        and len(tokens[i + 2].text) == 2
        and tokens[i + 2].text.isdecimal()
        and tokens[i + 1].start == tok.end
        and tokens[i + 2].start == tokens[i + 1].end
    ):
        minute, last = int(tokens[i + 2].text), i + 2
    meridiem = _meridiem(tokens, last + 1)
    if meridiem is not None:
        letter, last = meridiem
        if not 1 <= hour <= 12 or minute >= 60:
            return None
        return _twelve(hour, minute, letter), last, True
    if last == i or hour >= 24 or minute >= 60:
        return None  # "10 GMT" alone is no time a writer would give
    return hour * 60 + minute, last, False


def _twelve(hour: int, minute: int, letter: str) -> int:
    hour %= 12
    if letter == "p":
        hour += 12
    return hour * 60 + minute


def _meridiem(tokens: Sequence[Token], k: int) -> tuple[str, int] | None:
    """ "a.m.", "p.m", "am", "PM" from token ``k``: ("a" or "p", last token)."""
    if k >= len(tokens):
        return None
    word = tokens[k].lower
    if word in ("am", "pm"):
        return word[0], k
    if word in ("a", "p") and k + 2 < len(tokens):
        if tokens[k + 1].text == "." and tokens[k + 2].lower == "m":
            last = k + 2
            if last + 1 < len(tokens) and tokens[last + 1].text == ".":
                last += 1
            return word, last
    return None


def _zone_at(tokens: Sequence[Token], k: int, lexicon: Lexicon) -> tuple[str, int] | None:
    """The zone named from token ``k``: an abbreviation in capitals or a phrase."""
    if k >= len(tokens):
        return None
    found = lexicon.time_zones.match(tokens, k)
    if found is None:
        return None
    size = found[1]
    if size == 1 and not tokens[k].text.isupper():
        return None  # "et al", "est." in prose
    return " ".join(t.lower for t in tokens[k : k + size]), k + size - 1
