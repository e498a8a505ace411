"""Dates: calendar dates parsed by dateparser, and day words resolved against the dateline.

dateparser only ever sees a span our own patterns already recognized as a calendar date:
searching free text with it is slow and reads words such as "one-on-one" as dates.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import threading
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, Literal

import attrs

from factcheck.extract.nouns import looks_plural
from factcheck.extract.periods import counted_from, counts_back, named, period_at
from factcheck.extract.tense import cue_at, tense_at
from factcheck.lexicon import Lexicon
from factcheck.model import DateMention, Granularity, Span, Tense
from factcheck.text import Token, TokenKind, may_open, opens_with, where

# How far from the dateline (days) a weekday may move a date without a year.
_WEEKDAY_YEAR_REACH = 300
#: How far (days) a date without a year may lie on the wrong side of the dateline for its
#: clause's tense before the tense wins: "said on September 10" in a story of September 4 is
#: a date after the dateline (which ``date.after-dateline`` reports), "the year ended
#: March 31" in a story of November is the March gone.
TENSE_OVERRULES_DAYS = 31
#: How far (tokens) the tense word for a date without a year may stand from it.
YEARLESS_TENSE_WINDOW = 4
_DAY_SUFFIXES = ("st", "nd", "rd", "th")


def extract_dates(
    text: str,
    tokens: Sequence[Token],
    dateline: dt.date | None,
    lexicon: Lexicon,
    *,
    year: int | None = None,
    order: NumericOrder | None = None,
    openers: Sequence[int] | None = None,
    possessives: Sequence[int] | None = None,
) -> tuple[DateMention, ...]:
    """Every date in ``tokens``. A calendar date without a year takes the year nearest the
    dateline, else ``year``; with neither it stays unresolved rather than guessed.

    ``order`` says how the story writes days and months ("mdy" for "Sept. 4, 2025", "dmy"
    for "4 September 2025", as its dateline does); it reads "9/4/2025" when both readings
    are days. ``openers`` and ``possessives`` list the tokens that pass :func:`opens_date`
    and :func:`opens_possessive`, found here when not given: no other token opens a
    date or ends an anchor, and the loop reads only these."""
    out: list[DateMention] = []
    starters = lexicon.date_starters
    bare = _without_possessives(
        tokens, where(tokens, opens_possessive, lexicon) if possessives is None else possessives
    )
    anchor: tuple[DateMention, int] | None = None
    antecedent: tuple[DateMention, int] | None = None  # the last date read, and its sentence
    previous: tuple[int, Tense] | None = None  # the last weekday read, and its tense
    breaks = lexicon.anchor_breaks
    resume = 0  # the first token no date has taken
    for i in where(tokens, opens_date, lexicon) if openers is None else openers:
        if i < resume:
            continue
        tok = tokens[i]
        if anchor is not None and tok.lower in breaks.first_words and breaks.match(tokens, i):
            anchor = None  # "the first nine months": the quarter is no longer spoken of
        if (
            not may_open(tok, starters)
            or (tok.text[:1].islower() and _in_handle(tokens, i))
            or (
                # A word that starts with a digit opens a date only as "4.9.2025", "4th",
                # "19th" or "1990s": "1e309", "3.5tn" and "10km" are skipped with one match.
                tok.kind == "word"
                and tok.text[:1].isdigit()
                and not _DIGIT_WORD.fullmatch(tok.lower)
            )
            or (tok.lower in _ARTICLES and _plain_word_after(bare, i, lexicon))
        ):
            continue
        found = (
            _nth_weekday_at(text, bare, i, dateline, year, lexicon)
            or _week_of_at(text, bare, i, dateline, year, order, lexicon)
            or _iso_at(tokens, i)
            or _numeric_at(tokens, i, order, lexicon)
            or _calendar_at(text, tokens, i, dateline, year, lexicon)
            or _relative_at(bare, i, dateline, lexicon)
            or period_at(
                text,
                bare,
                i,
                dateline,
                lexicon,
                _near(anchor, tokens[i].sentence),
                _near(antecedent, tokens[i].sentence, _ANTECEDENT_SENTENCES),
            )
            or _weekday_at(tokens, i, dateline, lexicon, _listed(tokens, i, previous))
        )
        if found is None or _titled(text, found[0]):
            continue
        mention, last = found
        mention = _in_story_year(
            text,
            mention,
            dateline,
            _near(antecedent, tokens[i].sentence, _ANTECEDENT_SENTENCES),
            out[-1] if out else None,
        )
        moved = counted_from(bare, i, last, resume, mention, dateline, lexicon)
        if moved is not None:
            mention = moved  # "a week from Monday", "10 days after Sept. 1"
        out.append(mention)
        previous = (
            (last, mention.tense) if mention.relative and mention.weekday is not None else None
        )
        if mention.granularity in ("quarter", "half") and not counts_back(bare, i, lexicon):
            anchor = (mention, tokens[i].sentence)
        counted = lexicon.anaphoric_periods.match(bare, i) is not None
        if (
            mention.first is not None
            and mention.reference is None
            and (not mention.relative or counted)
        ):
            # Only a date written out is counted from: "said on Tuesday" in wire copy is
            # the reporting day, not the time the story goes on from.
            antecedent = (mention, tokens[i].sentence)
        resume = last + 1
    return _ranges(text, _link_explicit(text, _weekdays_in_weeks(text, out), dateline), dateline)


def _in_handle(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is glued into a handle, a hashtag, an address or a file name:
    "@sunday_times", "#friday", "monday.com", "t.co/friday". A name in lower case there is
    a name, not a day."""
    tok = tokens[i]
    if i > 0 and tokens[i - 1].end == tok.start and tokens[i - 1].text in _HANDLE_MARKS:
        return True
    return (
        i + 2 < len(tokens)
        and tokens[i + 1].start == tok.end
        and tokens[i + 1].text in _HANDLE_MARKS
        and tokens[i + 2].start == tokens[i + 1].end
        and tokens[i + 2].kind != "punct"
    )


_HANDLE_MARKS = frozenset("@#/._")


def _titled(text: str, mention: DateMention) -> bool:
    """Whether a relative date is the title of something, every word capitalized after an
    opening quote: ABC's "This Week", "Next Year" the song. A title names no day."""
    if not mention.relative or mention.span.start == 0:
        return False
    if text[mention.span.start - 1] not in _OPENING_QUOTES:
        return False
    words = mention.span.slice(text).split()
    return len(words) > 1 and all(w[:1].isupper() for w in words)


_OPENING_QUOTES = frozenset("\"\u201c\u2018'")

_ARTICLES = frozenset({"the", "a", "an"})


def _plain_word_after(tokens: Sequence[Token], i: int, lexicon: Lexicon) -> bool:
    """Whether the word after the article at ``i`` is one no date goes on with ("the
    company", "a new"), so the article opens nothing: most articles are skipped so."""
    if i + 1 >= len(tokens):
        return True
    nxt = tokens[i + 1]
    if nxt.kind != "word" or nxt.text[:1].isdigit():
        return False
    lower = nxt.lower
    followers = lexicon.article_followers
    return lower not in followers and lower.partition("-")[0] not in followers


#: The words led by a digit that may open a date.
# "4.9.2025": a day, a month and a year in one token.
_DOTTED_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}")
_DIGIT_WORD = re.compile(_DOTTED_DATE.pattern + r"|\d+(?:st|nd|rd|th|s)")
# "mid-1990", "early-2024": a year with its phase.
_PHASED_YEAR = re.compile(r"(?:mid|early|late)-(\d{4})")
#: How near a tense word must stand before "on" to set a calendar date's tense.
_TENSE_WINDOW = 4
#: How many sentences back a quarter anchors "a year earlier".
_ANCHOR_SENTENCES = 3


#: How many sentences back a date written out is what "the following year" counts from.
_ANTECEDENT_SENTENCES = 3


def _near(
    anchor: tuple[DateMention, int] | None, sentence: int, reach: int = _ANCHOR_SENTENCES
) -> DateMention | None:
    """The anchor (a date and its sentence) if it is a few sentences back at most."""
    if anchor is None or anchor[1] < sentence - reach:
        return None
    return anchor[0]


_RANGE_OPENERS = {"from": ("to", "until", "till", "through", "-", "\u2013"), "between": ("and",)}


def _ranges(
    text: str, mentions: tuple[DateMention, ...], dateline: dt.date | None
) -> tuple[DateMention, ...]:
    """Join "from May to July" and "between 2015 and 2018" into one date running from the
    first day of the one to the last day of the other, and stretch "since February 2022"
    to the dateline. The joined date keeps the granularity of its first end."""
    out: list[DateMention] = []
    k = 0
    while k < len(mentions):
        m = mentions[k]
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        lead_start = max(m.span.start - 9, 0)
        lead = text[lead_start : m.span.start].lower()
        words = lead.split()
        opener = words[-1] if words and lead.endswith(words[-1] + " ") else ""
        opened_at = lead_start + lead.rfind(opener) if opener else m.span.start
        if nxt is not None and opener in _RANGE_OPENERS and m.first and nxt.last:
            joiner = text[m.span.end : nxt.span.start].strip().lower()
            if joiner in _RANGE_OPENERS[opener] and _calendar(m) and _calendar(nxt):
                if _yearless(text, nxt):
                    nxt = _moved_year(nxt, m.first, forward=True)
                elif _yearless(text, m) and nxt.first is not None:
                    m = _moved_year(m, nxt.first, forward=False)
            if (
                joiner in _RANGE_OPENERS[opener]
                and m.first is not None
                and nxt.last is not None
                and m.first <= nxt.last
            ):
                out.append(
                    attrs.evolve(
                        m,
                        span=Span(opened_at, nxt.span.end),
                        last=nxt.last,
                        relative=m.relative or nxt.relative,
                        range_start=m,
                        range_end=nxt,
                    )
                )
                k += 2
                continue
        if (
            opener == "since"
            and m.first is not None
            and dateline is not None
            and m.first <= dateline
            and not m.relative
            and m.reference is None
        ):
            m = attrs.evolve(m, span=Span(opened_at, m.span.end), last=dateline, range_start=m)
        out.append(m)
        k += 1
    return tuple(out)


def _in_story_year(
    text: str,
    m: DateMention,
    dateline: dt.date | None,
    antecedent: DateMention | None,
    before: DateMention | None,
) -> DateMention:
    """A day or month written without a year, a few sentences after a date of an earlier
    year, is in that year or the next when the year nearest the dateline cannot be meant:

    - it would put an event told in the past after the dateline ("The agency announced on
      June 5, 2023, ... It said on June 20"; story of 2025-06-02);
    - its weekday does not fall on it there but does in the story's year ("began on
      Tuesday, Aug. 8, 2023, and by Thursday, Aug. 10");
    - it restates a day counted from the story ("signed on June 28, 1919. The next day, June
      29").
    """
    if (
        before is not None
        and before.relative
        and before.first is not None
        and m.first is not None
        and _calendar(m)
        and m.granularity == "day"
        and _yearless(text, m)
        and 0 <= m.span.start - before.span.end <= 3
        and (before.first.month, before.first.day) == (m.first.month, m.first.day)
        and before.first != m.first
    ):
        return attrs.evolve(m, first=before.first, last=before.first)  # "The next day, June 29"
    if (
        dateline is None
        or antecedent is None
        or antecedent.first is None
        or antecedent.last is None
        or antecedent.granularity not in _STORY_YEAR_GRANULARITIES
        or m.first is None
        or not _calendar(m)
        or not _yearless(text, m)
        or (dateline - antecedent.last).days < STORY_YEAR_DAYS
        or m.first.year == antecedent.first.year
    ):
        return m
    moved = _moved_year(m, antecedent.first, forward=True)
    if moved.first is None or moved.first > dateline:
        return m
    past_after = m.tense == "past" and m.first > dateline
    weekday = m.weekday is not None and m.first.weekday() != m.weekday
    return moved if past_after or (weekday and moved.first.weekday() == m.weekday) else m


#: How far (days) before the dateline a date written out must end for the dates without a
#: year after it to take its year: nearer, the dateline's own year is as likely.
STORY_YEAR_DAYS = 300
_STORY_YEAR_GRANULARITIES = frozenset({"day", "month", "year", "season", "quarter"})


def _calendar(m: DateMention) -> bool:
    return not m.relative and m.granularity in ("day", "month") and m.first is not None


def _yearless(text: str, m: DateMention) -> bool:
    """Whether ``m``, a calendar day or month, was written without a year ("Oct. 2"), in
    digits or in words ("January nineteen ninety-seven")."""
    return _WRITTEN_YEAR.search(m.span.slice(text)) is None


_WRITTEN_YEAR = re.compile(
    r"\d{3}|thousand|hundred|teen\b|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety", re.I
)


def _moved_year(m: DateMention, other: dt.date, *, forward: bool) -> DateMention:
    """A date written with no year, in the year that puts it nearest on the right side of
    ``other`` (after it with ``forward``): a range's end, as "from Oct. 2 to October 22"
    ends in the start's year, "from Dec. 20 to Jan. 5" in the next and "from Oct. 2 to Oct.
    22, 2015" starts in 2015; or a date told after one of an earlier year."""
    assert m.first is not None and m.last is not None
    step = 1 if forward else -1
    for year in (other.year, other.year + step):
        try:
            first = m.first.replace(year=year)
            if m.granularity == "month":  # February's last day depends on the year
                last = dt.date(year, m.last.month, calendar.monthrange(year, m.last.month)[1])
            else:
                last = m.last.replace(year=year)
            # The two ends of a range of days ("Sept. 8-12") move with it.
            ends = [_in_year(end, year) for end in (m.range_start, m.range_end)]
        except ValueError:  # February 29, or past the calendar's end
            continue
        if (first >= other) if forward else (last <= other):
            return attrs.evolve(m, first=first, last=last, range_start=ends[0], range_end=ends[1])
    return m


def _in_year(m: DateMention | None, year: int) -> DateMention | None:
    """A day ``m`` (if any) in ``year``; ValueError when that year has no such day."""
    if m is None or m.first is None or m.last is None:
        return m
    return attrs.evolve(m, first=m.first.replace(year=year), last=m.last.replace(year=year))


def _weekdays_in_weeks(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """Join a weekday and the week written beside it into that week's day: "next week on
    Friday", "Tuesday next week", "Sunday of next week", "last week Sunday"."""
    out: list[DateMention] = []
    k = 0
    while k < len(mentions):
        m = mentions[k]
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        joined = None
        if nxt is not None:
            between = text[m.span.end : nxt.span.start].strip().lower()
            if _is_week(m) and _is_weekday(nxt) and between in ("", "on"):
                if not _possessive(text, m):
                    joined = _day_of_week(m, nxt, Span(m.span.start, nxt.span.end))
            elif _is_weekday(m) and _is_week(nxt) and between in ("", "of"):
                # "said Monday next week's summit ...": the day of saying, then a week.
                if not _possessive(text, nxt) and m.tense != "past":
                    joined = _day_of_week(nxt, m, Span(m.span.start, nxt.span.end))
        if joined is not None:
            out.append(joined)
            k += 2
        else:
            out.append(m)
            k += 1
    return out


def _possessive(text: str, m: DateMention) -> bool:
    return m.span.slice(text).lower().endswith(("'s", "\u2019s"))


def _is_week(m: DateMention) -> bool:
    return m.relative and m.granularity == "week" and m.reference is None


def _is_weekday(m: DateMention) -> bool:
    return m.relative and m.weekday is not None and m.explicit is None and m.granularity == "day"


def _day_of_week(week: DateMention, day: DateMention, span: Span) -> DateMention:
    assert day.weekday is not None
    first = _shift(week.first, day.weekday) if week.first is not None else None
    return attrs.evolve(day, span=span, first=first, last=first)


def _link_explicit(
    text: str, mentions: list[DateMention], dateline: dt.date | None
) -> tuple[DateMention, ...]:
    """Pair a relative day with a calendar date written right beside it.

    "yesterday, September 1" keeps both, linked, so the dateline can be checked against the
    date. A weekday beside a date ("on Friday (Sept. 5)") names that date's weekday, not a
    day counted from the dateline, so the two become one calendar date with its weekday;
    so does the first of two weekdays before a range of days ("Monday through Friday,
    Sept. 8-12"), which names the range's first day.
    """
    out: list[DateMention] = []
    k = 0
    while k < len(mentions):
        m = mentions[k]
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        prev = mentions[k - 1] if k > 0 else None
        if (
            m.relative
            and m.weekday is not None
            and nxt is not None
            and nxt.range_start is not None
            and nxt.range_end is not None
            and nxt.granularity == "day"
            and nxt.weekday is None
            and nxt.span.start < nxt.range_start.span.start  # its own weekday, the last day's
            and text[m.span.end : nxt.span.start].strip().lower() in _WEEKDAY_RANGE_JOINERS
        ):
            joined = attrs.evolve(
                nxt, span=m.span.cover(nxt.span), weekday=m.weekday, weekday_span=m.weekday_span
            )
            out.append(_by_first_weekday(text, joined, dateline))
            k += 2
            continue
        if m.relative and m.weekday is not None and nxt is not None and _beside(text, m, nxt):
            if not nxt.relative and nxt.granularity == "day" and nxt.weekday is None:
                weekday: int | None = m.weekday
                weekday_span, begin = m.weekday_span, m
                if nxt.range_start is not None and nxt.first is not None and nxt.last is not None:
                    before = out[-1] if out else None
                    joiner = text[before.span.end : m.span.start].strip().lower() if before else ""
                    paired = (
                        before is not None
                        and before.relative
                        and before.weekday is not None
                        and joiner in _WEEKDAY_RANGE_JOINERS
                    )
                    chosen = _weekdays_year(
                        nxt.first,
                        nxt.last,
                        before.weekday if paired and before is not None else None,
                        m.weekday,
                        dateline,
                        fixed=not _yearless(text, nxt),
                        move=paired
                        and before is not None
                        and joiner == "to"
                        and text[: before.span.start].rstrip().lower().endswith("from"),
                    )
                    if chosen is not None and chosen[0] != nxt.first.year:
                        nxt = _in_weekdays_year(nxt, chosen[0])
                    names_first = chosen is not None and chosen[1]
                    if paired and before is not None and not names_first:
                        # "Monday through Friday (Sept. 8-12)": the first names the first day.
                        out.pop()
                        weekday, weekday_span, begin = before.weekday, before.weekday_span, before
                    elif (
                        nxt.first is not None
                        and nxt.last is not None
                        and m.weekday == nxt.last.weekday() != nxt.first.weekday()
                    ):
                        # "through Sunday (Sept. 5-7)": the weekday of the range's last day.
                        weekday = weekday_span = None
                merged = attrs.evolve(
                    nxt,
                    span=begin.span.cover(nxt.span),
                    weekday=weekday,
                    weekday_span=weekday_span,
                )
                out.append(_by_first_weekday(text, merged, dateline) if nxt.range_start else merged)
                k += 2
                continue
        if (
            m.relative
            and m.weekday is None
            and m.reference is None
            and not m.worked_out
            and not _after_ago(text, prev, m)
        ):
            for other in (nxt, prev):
                if (
                    other is not None
                    and not other.relative
                    and not other.worked_out
                    and _beside(text, m, other)
                ):
                    m = attrs.evolve(m, explicit=other)
                    break
        out.append(m)
        k += 1
    return tuple(out)


#: Words right before a bare weekday that put it ahead: "Game 7 is Wednesday".
_SCHEDULED = frozenset({"is", "are"})
_RANGE_JOINERS = frozenset({"through", "to", "until", "till", "-", "\u2013", "and"})
_WEEKDAY_RANGE_JOINERS = _RANGE_JOINERS - {"and"}


def _by_first_weekday(text: str, m: DateMention, dateline: dt.date | None) -> DateMention:
    """A range of days written without a year, in the year (one back or on) in which the
    weekday written for its first day falls on it, as a single "Sunday, Sept. 7" is."""
    if m.weekday is None or m.first is None or m.last is None or dateline is None:
        return m
    if not _yearless(text, m):
        return m
    # The weekday names the first day: the search of a move, taken only when it finds one.
    chosen = _weekdays_year(m.first, m.last, None, m.weekday, dateline, fixed=False, move=True)
    if chosen is not None and chosen[1] and chosen[0] != m.first.year:
        return _in_weekdays_year(m, chosen[0])
    return m


def _after_ago(text: str, prev: DateMention | None, m: DateMention) -> bool:
    """Whether ``m`` follows "... ago" straight on: in "36 years ago today, on Nov. 9,
    1989", "today" marks the anniversary, and the date beside it is the day long ago."""
    return (
        prev is not None
        and prev.span.slice(text).lower().endswith("ago")
        and 0 <= m.span.start - prev.span.end <= 1
    )


def _beside(text: str, a: DateMention, b: DateMention) -> bool:
    """Whether only a comma, a bracket, a dash or "in"/"on" stands between two dates:
    "yesterday (Sept. 3)", "last week, on Aug. 28", "last year, in 2024"."""
    lo, hi = sorted((a.span, b.span))
    between = text[lo.end : hi.start]
    if len(between) > 8:
        return False
    words = between.replace(",", " ").replace("(", " ").replace("\u2014", " ").split()
    return all(w in ("in", "on", "-", "\u2013") for w in words)


def _iso_at(tokens: Sequence[Token], i: int) -> tuple[DateMention, int] | None:
    if i + 4 >= len(tokens):
        return None
    t = tokens[i : i + 5]
    if not (
        t[0].kind == "num"
        and len(t[0].text) == 4
        and t[1].text == "-"
        and t[2].kind == "num"
        and t[3].text == "-"
        and t[4].kind == "num"
        and len(t[2].text) <= 2
        and len(t[4].text) <= 2
        and all(t[x].text.isascii() and t[x].text.isdigit() for x in (0, 2, 4))
        and all(t[x].end == t[x + 1].start for x in range(4))
    ):
        return None  # "2025-09-9999999999" is no date
    try:
        day = dt.date(int(t[0].text), int(t[2].text), int(t[4].text))
    except (ValueError, OverflowError):
        day = None
    month_ok = 1 <= int(t[2].text) <= 12
    mention = DateMention(
        Span(t[0].start, t[4].end),
        day,
        day,
        "day",
        relative=False,
        impossible=day is None and month_ok,
    )
    return mention, i + 4


NumericOrder = Literal["mdy", "dmy"]


def _numeric_at(
    tokens: Sequence[Token], i: int, order: NumericOrder | None, lexicon: Lexicon
) -> tuple[DateMention, int] | None:
    """ "9/4/2025", "04/09/25", "4.9.2025": a day, a month and a year in digits.

    When both the month-first and the day-first reading are days and differ, a weekday
    written just before picks the one it falls on, else the story's ``order``; with
    neither the date stays unresolved, never guessed."""
    n = len(tokens)
    tok = tokens[i]
    if tok.kind == "word" and _DOTTED_DATE.fullmatch(tok.text):
        a, b, y = (int(x) for x in tok.text.split("."))  # "4.9.2025": always day first
        day = _date_or_none(y, b, a)
        impossible = day is None
        return DateMention(tok.span, day, day, "day", relative=False, impossible=impossible), i
    if i + 4 >= n or tok.kind != "num" or len(tok.text) > 2:
        return None
    t = tokens[i : i + 5]
    if not (
        t[1].text == "/"
        and t[3].text == "/"
        and t[2].kind == "num"
        and t[4].kind == "num"
        and len(t[2].text) <= 2
        and len(t[4].text) in (2, 4)
        and all(t[x].text.isdecimal() for x in (0, 2, 4))  # not ".9", "1.5"
        and all(t[x].end == t[x + 1].start for x in range(4))
    ):
        return None
    a, b, y = int(t[0].text), int(t[2].text), int(t[4].text)
    if len(t[4].text) == 2:
        y += 2000 if y < 70 else 1900  # "9/4/25"
    readings = {r for r in (_date_or_none(y, a, b), _date_or_none(y, b, a)) if r is not None}
    span = Span(t[0].start, t[4].end)
    if not readings:
        mention = DateMention(span, None, None, "day", relative=False, impossible=True)
        return mention, i + 4
    chosen: dt.date | None = None
    if len(readings) == 1:
        chosen = next(iter(readings))
    else:
        weekday = _weekday_before(tokens, i, lexicon)
        agreeing = [r for r in readings if r.weekday() == weekday]
        if len(agreeing) == 1:
            chosen = agreeing[0]
        elif order is not None:
            chosen = _date_or_none(y, a, b) if order == "mdy" else _date_or_none(y, b, a)
    return DateMention(span, chosen, chosen, "day", relative=False), i + 4


def _date_or_none(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _weekday_before(tokens: Sequence[Token], i: int, lexicon: Lexicon) -> int | None:
    """The weekday written just before token ``i`` ("Thursday, 9/4/2025"), if any."""
    k = i - 1
    if k >= 0 and tokens[k].text == ",":
        k -= 1
    return _weekday(tokens[k], lexicon) if k >= 0 else None


def _month(tok: Token, lexicon: Lexicon) -> int | None:
    if tok.kind != "word" or not named(tok, tok.lower, lexicon):
        return None
    return lexicon.months.get(tok.lower)


def _abbreviated(word: str, lexicon: Lexicon) -> bool:
    """Whether a month word is the short form of a longer one: "sept", "dec"; not "may"."""
    month = lexicon.months.get(word)
    return month is not None and any(
        len(other) > len(word) and other.startswith(word) and value == month
        for other, value in lexicon.months.items()
    )


def _day(tok: Token) -> int | None:
    text = tok.lower
    for suffix in _DAY_SUFFIXES:
        if tok.kind == "word" and text.endswith(suffix) and text[: -len(suffix)].isdecimal():
            text = text[: -len(suffix)]
            break
    if text.isdecimal() and len(text) <= 2 and 1 <= int(text) <= 31:
        return int(text)
    return None


def _year(tok: Token) -> int | None:
    if tok.kind == "num" and len(tok.text) == 4 and tok.text.isdecimal():
        year = int(tok.text)
        if 1000 <= year <= 2999:
            return year
    return None


def _calendar_at(
    text: str,
    tokens: Sequence[Token],
    i: int,
    dateline: dt.date | None,
    year_hint: int | None,
    lexicon: Lexicon,
) -> tuple[DateMention, int] | None:
    """[Weekday,] Month[.] Day[, Year] | [Weekday,] Day Month [Year] | Month Year | in Year."""
    n = len(tokens)
    start = i
    weekday = None
    weekday_span = None
    end_weekday = None  # "Monday through Friday, Sept. 8-12": Friday, of the range's end
    wd = _weekday(tokens[i], lexicon)
    if wd is not None:
        j = i + 1
        if j < n and tokens[j].text == ",":
            j += 1
        iso = _iso_at(tokens, j) if j < n else None
        if iso is not None:  # "Thursday, 2025-09-04"
            day_iso = iso[0].first
            mention = DateMention(
                Span(tokens[i].start, iso[0].span.end),
                day_iso,
                day_iso,
                "day",
                relative=False,
                weekday=wd,
                weekday_span=tokens[i].span,
            )
            return mention, iso[1]
        if j < n and (_month(tokens[j], lexicon) is not None or _day(tokens[j]) is not None):
            weekday, weekday_span = wd, tokens[i].span
            if (
                i >= 2
                and tokens[i - 1].lower in _RANGE_JOINERS
                and _weekday(tokens[i - 2], lexicon) is not None
            ):
                # "Monday through Friday, Sept. 8-12": the days of a range, not this date's
                end_weekday, weekday, weekday_span = wd, None, None
            i = j
        else:
            return None

    def skip_dot(k: int) -> int:
        """Step over the period of an abbreviated month ("Sept."), never a full stop ("1
        May.")."""
        if not _abbreviated(tokens[k - 1].lower, lexicon):
            return k
        return (
            k + 1 if k < n and tokens[k].text == "." and tokens[k].start == tokens[k - 1].end else k
        )

    month = _month(tokens[i], lexicon)
    day = year = None
    last = i
    # A range of days in one month ("Sept. 8-12", "8 to 12 September"): its last day and
    # that day's token; and the last token of the first day's own text.
    through: tuple[int, int] | None = None
    own_last = None
    counted_year = None  # the last token of the date before "of last year"
    if month is not None:
        j = skip_dot(i + 1)
        if j < n and (day := _day(tokens[j])) is not None:
            last = own_last = j
            through = _days_through(tokens, j, day, lexicon, month=month)
            if through is not None:
                last = through[1]
            year, last = _year_after(tokens, last + 1, last, lexicon, day_first=False)
        elif j < n and (year := _year(tokens[j])) is not None:
            last = j
        elif (of_year := _of_year(tokens, j, lexicon)) is not None:  # "May of 2016"
            year, last = of_year
        elif (
            spoken := spoken_year(tokens, j, lexicon)
        ) is not None:  # "January nineteen ninety-seven"
            year, last = spoken
        else:
            return None
    elif (day := _day(tokens[i])) is not None and i + 1 < n:
        at = i + 1
        day_first = True
        if tokens[at].lower == "of" and at + 1 < n and not tokens[i].text.isdecimal():
            at += 1  # "the 4th of July": a day with its ordinal ending
            day_first = False  # "the 11th of September, 2001 attacks" keeps its year
        elif (through := _days_through(tokens, i, day, lexicon, month_after=True)) is not None:
            at = through[1] + 1  # "8-12 September"
            own_last = at
            after_month = skip_dot(at + 1)
            if after_month < n and _day(tokens[after_month]) is not None:
                return None  # "lost 24-28 September 12": a score, then the date
        month = _month(tokens[at], lexicon)
        if month is None:
            return None
        last = skip_dot(at + 1) - 1
        year, last = _year_after(tokens, last + 1, last, lexicon, day_first=day_first)
    elif weekday is None:
        return _year_at(tokens, i, lexicon)
    else:
        return None
    named = _named_year(tokens, last + 1, lexicon) if day is not None and year is None else None
    if named is not None:  # "Sept. 8 of last year", "the 8th of September last year"
        counted_year, (offset, last) = last, named
        if dateline is not None and _valid(dateline.year + offset, 1, 1):
            year = dateline.year + offset
    span = Span(tokens[start].start, tokens[last].end)
    date_text = text[tokens[i].start : tokens[last].end]
    if counted_year is not None:
        date_text = text[tokens[i].start : tokens[counted_year].end]
        if year is not None:
            date_text = f"{date_text} {year}"
    if through is not None and own_last is not None:
        # The first day's own text, with the year written after the range: "Sept. 8, 2025".
        if own_last > i + 1 and _day(tokens[i]) is not None:  # "8-12 September 2025"
            date_text = f"{tokens[i].text} {tokens[own_last].text}"
        else:
            date_text = text[tokens[i].start : tokens[own_last].end]
        if year is not None:
            date_text = f"{date_text} {year}"
    if day is None:
        assert year is not None and month is not None
        first = dt.date(year, month, 1)
        last_day = dt.date(year, month, calendar.monthrange(year, month)[1])
        return DateMention(span, first, last_day, "month", relative=False), last
    # A date with no year is nearest the dateline unless its clause's tense points the
    # other way from a month off ("the year ended March 31" in a story of November).
    side = tense_at(tokens, i, lexicon, window=YEARLESS_TENSE_WINDOW) if year is None else None
    if side is not None and side != "past" and start > 0 and end_weekday is None:
        if tokens[start - 1].lower in lexicon.deadlines:
            side = "future"  # "funds the government through Sept. 30": still to come
    resolved = _resolve_calendar(
        date_text, month, day, year, dateline, year_hint, weekday, side or "unknown"
    )
    if through is not None and year is None and resolved is not None:
        if not _valid(resolved.year, month, through[0]):
            # "Feb. 27-29" without a year: in the year its last day has, as "Feb. 29" alone.
            month_text = tokens[i if _day(tokens[i]) is None else at].text
            ends = _resolve_calendar(
                f"{month_text} {through[0]}",
                month,
                through[0],
                None,
                dateline,
                year_hint,
                None,
                side or "unknown",
            )
            if ends is not None:
                resolved = dt.date(ends.year, month, day)
    # "September 31" in any year, "February 29, 2025" in that one.
    impossible = day > calendar.monthrange(2024, month)[1] or (
        year is not None and not _valid(year, month, day)
    )
    tense, tense_span = _event_tense(tokens, start, lexicon)
    mention = DateMention(
        span,
        resolved,
        resolved,
        "day",
        relative=False,
        weekday=weekday,
        weekday_span=weekday_span,
        tense=tense,
        impossible=impossible,
        tense_span=tense_span,
    )
    if through is not None and own_last is not None:
        mention = _day_range(tokens, mention, month, start, i, own_last, through)
        range_first, range_last = mention.first, mention.last
        if end_weekday is not None and range_first is not None and range_last is not None:
            begins = _weekday(tokens[start - 2], lexicon) if start >= 2 else None
            chosen = _weekdays_year(
                range_first,
                range_last,
                begins,
                end_weekday,
                dateline,
                fixed=year is not None,
                move=start >= 3
                and tokens[start - 1].lower == "to"
                and tokens[start - 3].lower == "from",
            )
            if chosen is not None:
                chosen_year, names_first = chosen
                if chosen_year != range_first.year:
                    mention = _in_weekdays_year(mention, chosen_year)
                if names_first:
                    # "moved from Monday to Wednesday, Sept. 10-12": it names the first day.
                    mention = attrs.evolve(
                        mention, weekday=end_weekday, weekday_span=tokens[start].span
                    )
    return mention, last


def _weekdays_year(
    first: dt.date,
    last: dt.date,
    begins: int | None,
    ends: int,
    dateline: dt.date | None,
    *,
    fixed: bool,
    move: bool,
) -> tuple[int, bool] | None:
    """The year of a range of days written after two weekdays ("Friday through Sunday, July
    18-20", the first weekday ``begins`` and the second ``ends``), and whether the second
    names its first day; None when the weekdays fit none of the year read and the two
    beside it.

    A written year (``fixed``) stays. Otherwise, of the years within
    :data:`_WEEKDAY_YEAR_REACH` of the dateline, as for a single weekday: in a ``move``
    ("moved from Monday to Wednesday, Sept. 10-12": "from" before the first weekday, "to"
    between), one in which the second weekday falls on the first day, which it names, the
    first being the old day; then one in which both weekdays fall on the first and last
    days; then one in which the second falls on the last day (the first may then be wrong,
    which ``date.weekday-mismatch`` reports); the nearest of a kind. A year further off is
    not taken: a weekday off by one in both places fits the next year's calendar exactly,
    and is the likelier story."""
    options: list[tuple[int, int, int, bool]] = []  # distance, preference, year, names first
    for year in (first.year,) if fixed else (first.year, first.year - 1, first.year + 1):
        if not (_valid(year, first.month, first.day) and _valid(year, last.month, last.day)):
            continue
        start, end = dt.date(year, first.month, first.day), dt.date(year, last.month, last.day)
        away = abs((start - (dateline or first)).days)
        if not fixed and away > _WEEKDAY_YEAR_REACH:
            continue
        if move and start.weekday() == ends:
            options.append((away, 0, year, True))
        elif begins is not None and start.weekday() == begins and end.weekday() == ends:
            options.append((away, 1, year, False))
        elif end.weekday() == ends:
            options.append((away, 2, year, False))
    if not options:
        return None
    _, _, year, names_first = min(options, key=lambda o: (o[1], o[0]))
    return year, names_first


def _in_weekdays_year(m: DateMention, year: int) -> DateMention:
    """``m``, a range of days in one month written without a year, moved into ``year``
    with its two ends (the caller has checked that both days exist there)."""
    assert m.first is not None and m.last is not None
    ends = [_in_year(end, year) for end in (m.range_start, m.range_end)]
    return attrs.evolve(
        m,
        first=m.first.replace(year=year),
        last=m.last.replace(year=year),
        range_start=ends[0],
        range_end=ends[1],
    )


#: Words between two days of one month that make a range: "Sept. 8 to 12".
_DAY_RANGE_WORDS = frozenset({"to", "through", "until", "till"})
_DASHES = frozenset({"-", "\u2013"})


def _days_through(
    tokens: Sequence[Token],
    k: int,
    day: int,
    lexicon: Lexicon,
    *,
    month: int | None = None,
    month_after: bool = False,
) -> tuple[int, int] | None:
    """The last day of a range of days that starts with ``day`` at token ``k`` ("Sept.
    8-12", "Sept. 8 to 12"), and its token. A dash must be glued to both days. After "to",
    "through" or "until" the day must end the phrase ("to 12 people" is a count), unless a
    month follows (``month_after``: "8 to 12 September")."""
    n = len(tokens)
    if k + 2 >= n:
        return None
    joiner, end_tok = tokens[k + 1], tokens[k + 2]
    if joiner.text in _DASHES:
        if joiner.start != tokens[k].end or end_tok.start != joiner.end:
            return None
    elif joiner.lower not in _DAY_RANGE_WORDS:
        return None
    end = _day(end_tok)
    if end is None or end <= day:
        return None
    if k > 0 and tokens[k - 1].lower in lexicon.score_words:
        return None  # "The Mets lost 4-5 September 9": a score
    after = tokens[k + 3] if k + 3 < n else None
    if month_after:
        if after is None or _month(after, lexicon) is None:
            return None
    elif after is not None and after.sentence == end_tok.sentence:
        if after.text in ("%", ":") or after.lower in lexicon.day_range_not_after:
            return None  # "until 11 a.m.", "until 8:00", "Sept. 8-9 p.m.", "to 12%"
        if (
            month is not None
            and end > calendar.monthrange(2024, month)[1]
            and _counts(tokens, k + 2, lexicon)
        ):
            return None  # "In September 28-31 people were arrested": a count, not Sept. 31
        if joiner.kind == "word" and not (
            after.kind == "punct"
            or after.lower in lexicon.day_range_after
            or _year(after) is not None
        ):
            return None  # "Sept. 8 to 12 people": a count
    return end, k + 2


def _day_range(
    tokens: Sequence[Token],
    whole: DateMention,
    month: int,
    start: int,
    first: int,
    own_last: int,
    through: tuple[int, int],
) -> DateMention:
    """``whole``, read from token ``start`` (``first`` its first token after a weekday),
    as a range of days with its two ends. A last day its month does not have ("Sept.
    28-31") makes the range impossible, as "September 31" is."""
    day = whole.first
    end_day, end_tok = through
    if (
        day is not None
        and whole.weekday is not None
        and _valid(day.year, day.month, end_day)
        and dt.date(day.year, day.month, end_day).weekday() == whole.weekday != day.weekday()
    ):
        # "through Sunday, Sept. 5-7": the weekday of the last day, which is right.
        whole = attrs.evolve(whole, weekday=None, weekday_span=None)
    # A weekday that is not the first day's ("Friday through Sunday, Sept. 5-7") is left
    # out of the first end.
    begin = tokens[start].start if whole.weekday is not None else tokens[first].start
    if own_last > first + 1 and _day(tokens[first]) is not None:
        first_span = Span(begin, tokens[first].end)  # "8" of "8-12 September"
    else:
        first_span = Span(begin, tokens[own_last].end)  # "Sept. 8"
    first_end = attrs.evolve(whole, span=first_span)
    end_span = tokens[end_tok].span
    if day is None or not _valid(day.year, day.month, end_day):
        # A day its month never has ("Sept. 28-31") is impossible with or without a year.
        impossible = (
            whole.impossible or day is not None or end_day > calendar.monthrange(2024, month)[1]
        )
        last_end = DateMention(end_span, None, None, "day", relative=False, impossible=impossible)
        return attrs.evolve(
            whole,
            first=None,
            last=None,
            impossible=impossible,
            range_start=first_end,
            range_end=last_end,
        )
    end = dt.date(day.year, day.month, end_day)
    last_end = DateMention(end_span, end, end, "day", relative=False)
    return attrs.evolve(whole, last=end, range_start=first_end, range_end=last_end)


def _nth_weekday_at(
    text: str,
    tokens: Sequence[Token],
    i: int,
    dateline: dt.date | None,
    year_hint: int | None,
    lexicon: Lexicon,
) -> tuple[DateMention, int] | None:
    """ "the first Friday of July", "the second Monday of next month", "the last Sunday in
    October 2024": a weekday counted within a month, which the month's own readers find.

    A month named without a year is the one its readers pick, unless the day counted in it
    falls on the other side of the dateline from the clause's tense ("was on the last
    Friday of September" in a story of Sept. 4): then the year before or after. Without a
    written year the day is worked out, not written: relative, so no rule checks it as a
    calendar date ("Elections were held on the first Tuesday in November" is a custom)."""
    k = i + 1 if tokens[i].lower == "the" else i
    if k + 3 >= len(tokens):
        return None
    word = tokens[k].lower
    nth = -1 if word == "last" else lexicon.ordinals.get(word)
    if nth is None or nth == 0 or nth > 4:
        return None  # every month has four of each weekday; a fifth is rarely written
    weekday = _weekday(tokens[k + 1], lexicon)
    if weekday is None or tokens[k + 2].lower not in ("of", "in"):
        return None
    at = k + 3
    found = _calendar_at(text, tokens, at, dateline, year_hint, lexicon) or period_at(
        text, tokens, at, dateline, lexicon
    )
    if found is None or found[0].granularity != "month":
        return None
    month, last = found
    yearless = _yearless(text, month)
    if yearless and month.first is not None and last + 2 < len(tokens):
        # "the last Monday in May, 2025": the year after the month's comma
        year = _year(tokens[last + 2]) if tokens[last + 1].text == "," else None
        if year is not None and not _counts(tokens, last + 2, lexicon):
            month = attrs.evolve(month, first=dt.date(year, month.first.month, 1))
            yearless, last = False, last + 2
    day = _nth_weekday(month.first, weekday, nth) if month.first is not None else None
    if day is not None and dateline is not None and yearless and not month.relative:
        side = tense_at(tokens, i, lexicon, window=YEARLESS_TENSE_WINDOW)
        step = -1 if side == "past" and day > dateline else 0
        step = 1 if side == "future" and day < dateline else step
        if step and _valid(day.year + step, 1, 1):
            day = _nth_weekday(dt.date(day.year + step, day.month, 1), weekday, nth)
    tense, tense_span = _event_tense(tokens, i, lexicon)
    mention = DateMention(
        Span(tokens[i].start, tokens[last].end),
        day,
        day,
        "day",
        relative=month.relative or yearless,
        tense=tense,
        tense_span=tense_span,
        worked_out=True,
    )
    return mention, last


#: Words after "the week" that name the week by one of its days: "the week of Sept. 15".
_WEEK_OF = frozenset({"of", "beginning", "starting", "commencing"})


def _week_of_at(
    text: str,
    tokens: Sequence[Token],
    i: int,
    dateline: dt.date | None,
    year_hint: int | None,
    order: NumericOrder | None,
    lexicon: Lexicon,
) -> tuple[DateMention, int] | None:
    """ "the week of Sept. 15" (its week, Monday to Sunday) and "the week beginning Feb. 4"
    (seven days from it): a week named by a day written in full, which the calendar
    readers find. Without a written year the week is worked out, not written: relative,
    so no rule checks it as a calendar date."""
    n = len(tokens)
    if tokens[i].lower != "the" or i + 3 >= n or tokens[i + 1].lower != "week":
        return None
    if tokens[i + 2].lower not in _WEEK_OF:
        return None
    at = i + 3
    if tokens[at].lower == "on" and at + 1 < n:
        at += 1  # "the week starting on Feb. 4"
    found = (
        _iso_at(tokens, at)
        or _numeric_at(tokens, at, order, lexicon)
        or _calendar_at(text, tokens, at, dateline, year_hint, lexicon)
    )
    if found is None or found[0].granularity != "day" or found[0].weekday is not None:
        return None  # a weekday written with the day stays with it, for its rule to check
    day, last = found
    if day.range_start is not None:
        return None  # "the week of Sept. 15-19": the days as written
    first = end = None
    if day.first is not None:
        first = day.first
        if tokens[i + 2].lower == "of":
            first -= dt.timedelta(days=first.weekday())
        end = _shift(first, 6)
        if end is None:
            first = None
    tense, tense_span = _event_tense(tokens, i, lexicon)
    mention = DateMention(
        Span(tokens[i].start, tokens[last].end),
        first,
        end,
        "week",
        relative=day.relative or _yearless(text, day),
        tense=tense,
        impossible=day.impossible,
        tense_span=tense_span,
        worked_out=True,
    )
    return mention, last


def _nth_weekday(first: dt.date, weekday: int, nth: int) -> dt.date:
    """The ``nth`` ``weekday`` (Monday 0, ``nth`` 1 to 4) of the month that starts on
    ``first``; -1 is the last."""
    if nth == -1:
        end = first.replace(day=calendar.monthrange(first.year, first.month)[1])
        return end - dt.timedelta(days=(end.weekday() - weekday) % 7)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def _year_after(
    tokens: Sequence[Token], k: int, last: int, lexicon: Lexicon, *, day_first: bool
) -> tuple[int | None, int]:
    """The year written at token ``k`` after a month and a day: "Sept. 4 2025", "Sept. 4,
    2025", "January 12 of 2016"; with the last token of the date, ``last`` if none is.

    A year right after the date is one whatever follows ("the Sept. 11, 2001 attacks", "the
    11 September 2001 attacks"), but after a comma a day-first date, which news writes
    without one, takes no figure that counts what follows ("On 12 June, 2000 protesters
    marched"), and neither does "of"."""
    n = len(tokens)
    if k < n and (year := _year(tokens[k])) is not None:
        return year, k
    if k + 1 < n and tokens[k].text == "," and (year := _year(tokens[k + 1])) is not None:
        if not (day_first and _counts(tokens, k + 1, lexicon)):
            return year, k + 1
    of_year = _of_year(tokens, k, lexicon)
    return of_year if of_year is not None else (None, last)


def _named_year(tokens: Sequence[Token], k: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """ "last year", "of this year" at token ``k``, after a month and a day: the year's
    offset from the dateline's and the phrase's last token."""
    if k + 1 < len(tokens) and tokens[k].lower in ("of", ","):
        k += 1  # "Sept. 8 of last year", "Oct. 26-27, last year"
    found = lexicon.relative_periods.match(tokens, k)
    if found is None or found[0][0] != "year" or found[1] != 2:
        return None
    return found[0][1], k + 1


def _of_year(tokens: Sequence[Token], k: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """ "of 2016" at token ``k``, after a month or a day of one: the year and its token
    ("June of 1200 respondents" is a count)."""
    if k + 1 < len(tokens) and tokens[k].lower == "of":
        year = _year(tokens[k + 1])
        if year is not None and not _counts(tokens, k + 1, lexicon):
            return year, k + 1
    return None


def _event_tense(
    tokens: Sequence[Token], start: int, lexicon: Lexicon
) -> tuple[Tense, Span | None]:
    """The tense of the event a calendar date is the day of: read only when "on" brings the
    date in, from a tense word at most a few tokens before it ("said on September 10",
    "was killed on Sept. 1", "will meet on Monday, Sept. 8"). A deadline ("extended to
    Nov. 6") or a date in a noun phrase has no tense here."""
    on = start - 1
    if on < 1 or tokens[on].lower != "on":
        return "unknown", None
    lo = max(on - _TENSE_WINDOW, 0)
    sentence = tokens[on].sentence
    for k in range(on - 1, lo - 1, -1):
        if tokens[k].sentence != sentence or tokens[k].kind == "punct":
            break
        cue = cue_at(tokens, k, lexicon)
        if cue is not None:
            return cue
    return "unknown", None


def _counts(tokens: Sequence[Token], k: int, lexicon: Lexicon) -> bool:
    """Whether the figure at token ``k`` counts what follows rather than naming a year: a
    plural word or "of" and a pronoun or article after it ("2000 people", "1990 of them")."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is None or nxt.kind != "word" or not nxt.text[:1].islower():
        return False
    if nxt.lower not in lexicon.period_cues and looks_plural(nxt.lower, lexicon):
        return True
    after = tokens[k + 2] if k + 2 < len(tokens) else None
    return (
        nxt.lower == "of"
        and after is not None
        and (after.lower in lexicon.grammar["refers_back"] or after.lower in ("the", "them"))
    )


def _year_at(tokens: Sequence[Token], i: int, lexicon: Lexicon) -> tuple[DateMention, int] | None:
    """A year: "in 2022", "fiscal 1989", "mid-1996", and a bare "1990" that counts nothing.

    A year after a word of ``[period_cues]`` ("in", "since", "by") is always a date. A bare
    one from 1900 to 2099 is too, unless it reads as a count: a plural word or "of" after
    it ("2000 people", "1990 of them"), a hedge, a currency sign or a number range before
    it ("about 2000", "$1990", "1,500 to 2000")."""
    n = len(tokens)
    tok = tokens[i]
    start = i
    spoken = spoken_year(tokens, i, lexicon)
    if spoken is not None:
        # "nineteen ninety-six" is a year only where a year is expected: "in", "of", "the
        # year" before it.
        before = tokens[i - 1].lower if i > 0 else ""
        if before not in lexicon.spoken_year_cues and not _plainly_a_year(tokens, i):
            return None
        if before == "year" and i > 1 and tokens[i - 2].lower == "the":
            start = i - 2
        first_day = dt.date(spoken[0], 1, 1)
        span = Span(tokens[start].start, tokens[spoken[1]].end)
        last_day = dt.date(spoken[0], 12, 31)
        return DateMention(span, first_day, last_day, "year", relative=False), spoken[1]
    phased = _PHASED_YEAR.fullmatch(tok.lower) if tok.kind == "word" else None
    if phased is not None:
        year: int | None = int(phased[1])
    else:
        year = _year(tok)
    if year is None:
        return None
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < n else None
    fiscal = prev is not None and prev.lower == "fiscal"
    if _counts(tokens, i, lexicon) and not fiscal:
        return None  # "2000 people", "1990 of them"
    if prev is not None and i > 1 and tokens[i - 2].kind == "num":
        if prev.lower in ("to", "and", "or", "-", "\u2013") and _year(tokens[i - 2]) is None:
            return None  # "1,500 to 2000": the end of a range of counts, not "2015 and 2018"
    cued = prev is not None and prev.lower in lexicon.period_cues
    if phased is None and not cued:
        if not 1900 <= year <= 2099 or (prev is None and nxt is None):
            return None
        if prev is not None and (
            prev.text in lexicon.currency_symbols
            or lexicon.hedges.get((prev.lower,)) is not None
            or prev.kind == "num"
            or prev.text in lexicon.identifier_heads
            or (prev.text[-1:] in ("$", "#", "/", ".", "-") and prev.end == tok.start)
            or _names_it(tokens, i - 1, lexicon)
        ):
            return None
        if nxt is not None and (nxt.text in ("%", "/", "-") and nxt.start == tok.end):
            return None
    if fiscal:
        start = i - 1
    first_day = dt.date(year, 1, 1)
    mention = DateMention(
        Span(tokens[start].start, tok.end), first_day, dt.date(year, 12, 31), "year", relative=False
    )
    return mention, i


def spoken_year(tokens: Sequence[Token], i: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A year said in words and its last token: "nineteen ninety-six", "nineteen ten",
    "two thousand", "two thousand and eight", "twenty twenty-five"."""
    n = len(tokens)
    if i + 1 >= n:
        return None
    head, nxt = tokens[i].lower, tokens[i + 1].lower
    if head == "two" and nxt == "thousand":
        k = i + 2
        if k + 1 < n and tokens[k].lower == "and":
            k += 1
        rest = _small_words(tokens[k].lower, lexicon) if k < n else None
        if rest is not None and 1 <= rest <= 99:
            return 2000 + rest, k
        return 2000, i + 1
    century = {"eighteen": 18, "nineteen": 19, "twenty": 20}.get(head)
    if century is None:
        return None
    rest = _small_words(nxt, lexicon)
    if rest is None or not 10 <= rest <= 99:
        return None
    return century * 100 + rest, i + 1


def _names_it(tokens: Sequence[Token], k: int, lexicon: Lexicon) -> bool:
    """Whether token ``k``, a capitalized word inside its sentence, makes the bare year after
    it part of a name ("a venture called Orion 1980", "Vision 2030") rather than a date. A
    month, a weekday, a word that opens dates ("In", "Since"), an acronym or a word right
    after an article does not."""
    tok = tokens[k]
    if tok.kind != "word" or not tok.text[:1].isupper() or not tok.text[1:].islower():
        return False  # an acronym ("Q3 2024", "FY 2024", "EU 2030") leaves the year a date
    if k == 0 or tokens[k - 1].sentence != tok.sentence:
        return False  # "Since 1995, ..." at a sentence's start
    if tokens[k - 1].lower in ("the", "a", "an"):
        return False  # "the Tokyo 2020 Olympics": a year that dates what follows
    lower = tok.lower
    if lower.endswith(("'s", "\u2019s")) or lower in lexicon.year_not_names:
        return False  # "Navigation Mixte's 1989 profit", "Summer 2024"
    return not (
        lower in lexicon.months or lower in lexicon.weekdays or lower in lexicon.period_cues
    )


def _plainly_a_year(tokens: Sequence[Token], i: int) -> bool:
    """ "nineteen ninety-six", "nineteen eighty": a year whatever stands before it, as no
    count is said so. "nineteen ten", "twenty twenty-five" and "two thousand" may be counts
    ("nineteen ten-man teams") and need a cue ("in nineteen ten")."""
    rest = tokens[i + 1].lower
    return tokens[i].lower in ("eighteen", "nineteen") and (
        "-" in rest
        or rest in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
    )


def _small_words(word: str, lexicon: Lexicon) -> int | None:
    """ "ninety-six" -> 96, "ten" -> 10: a number below 100 in one word."""
    value = lexicon.cardinals.get(word)
    if value is not None:
        return value
    tens, sep, unit = word.partition("-")
    if sep and tens in lexicon.cardinals and unit in lexicon.cardinals:
        high, low = lexicon.cardinals[tens], lexicon.cardinals[unit]
        if 20 <= high <= 90 and high % 10 == 0 and 1 <= low <= 9:
            return high + low
    return None


def _resolve_calendar(
    date_text: str,
    month: int,
    day: int,
    year: int | None,
    dateline: dt.date | None,
    year_hint: int | None,
    weekday: int | None,
    tense: Tense = "unknown",
) -> dt.date | None:
    """The day a calendar date names.

    A missing year is the year, within one of the dateline's, that agrees with a weekday
    written beside it, nearest the dateline, unless ``tense`` puts the date on the other
    side and the nearest is more than :data:`TENSE_OVERRULES_DAYS` away; with no dateline it
    is ``year_hint``. With neither, the date stays unresolved rather than guessed.
    """
    if year is None:
        if dateline is None and year_hint is not None:
            year = year_hint
        elif dateline is not None:
            base = dateline
            candidates = [
                y for y in (base.year - 1, base.year, base.year + 1) if _valid(y, month, day)
            ]
            if weekday is not None:
                # A written weekday picks the year, but only among nearby ones: a year
                # away, a mismatch is the likelier story.
                agreeing = [
                    y
                    for y in candidates
                    if dt.date(y, month, day).weekday() == weekday
                    and abs((dt.date(y, month, day) - base).days) <= _WEEKDAY_YEAR_REACH
                ]
                candidates = agreeing or candidates
            if not candidates:
                return None
            # The nearest year, whatever the tense: "said on September 10" in a story dated
            # September 4 is a date after the dateline, which date.after-dateline reports.
            year = min(candidates, key=lambda y: abs((dt.date(y, month, day) - base).days))
            away = (dt.date(year, month, day) - base).days
            if tense != "unknown" and abs(away) > TENSE_OVERRULES_DAYS:
                wanted = -1 if tense == "past" else 1
                if away * wanted < 0 and _valid(year + wanted, month, day):
                    year += wanted
        else:
            return None
        if not _valid(year, month, day):
            return None
        date_text = f"{date_text} {year}"
    parsed = _dateparser(date_text)
    if parsed is None or (parsed.month, parsed.day) != (month, day):
        return None
    return parsed


def _valid(year: int, month: int, day: int) -> bool:
    return dt.MINYEAR <= year <= dt.MAXYEAR and 1 <= day <= calendar.monthrange(year, month)[1]


def _shift(day: dt.date, days: int) -> dt.date | None:
    """``day`` moved by ``days``, or None past the calendar's ends (year 1 or 9999)."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


#: dateparser keeps shared state between calls and is not thread-safe (its issues #441,
#: #813): one call at a time. It only sees spans our patterns recognized, so this is rare.
_DATEPARSER_LOCK = threading.Lock()


#: The English month names dateparser reads, as keys of the plain forms below.
_ENGLISH_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
#: "Sept. 4, 2025", "March 30 1998", "4th September 2025": the plain forms of a calendar
#: date with its year, whose day dateparser gives as written (checked against it for every
#: month name, day, suffix and punctuation). A call to dateparser costs milliseconds, as
#: much as checking a whole article, so these are read here.
_PLAIN_DATE = re.compile(
    r"(?:(?P<month>[A-Z][a-z]{2,8}|[A-Z]{3,9})\.? (?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"|(?P<day_first>\d{1,2})(?:st|nd|rd|th)? (?P<month_after>[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?)"
    r",? (?P<year>\d{4})"
)


def _plain_date(date_text: str) -> dt.date | None:
    """The day of a plain calendar date (:data:`_PLAIN_DATE`), or None for any other text,
    which dateparser reads."""
    m = _PLAIN_DATE.fullmatch(date_text)
    if m is None:
        return None
    month = _ENGLISH_MONTHS.get((m["month"] or m["month_after"]).lower())
    if month is None:
        return None
    try:
        return dt.date(int(m["year"]), month, int(m["day"] or m["day_first"]))
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _dateparser(date_text: str) -> dt.date | None:
    plain = _plain_date(date_text)
    if plain is not None:
        return plain
    import dateparser

    settings: Any = {"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"}
    with _DATEPARSER_LOCK:
        parsed = dateparser.parse(date_text, languages=["en"], settings=settings)
    return parsed.date() if parsed is not None else None


def _weekday(tok: Token, lexicon: Lexicon) -> int | None:
    if tok.kind != "word":
        return None
    word = tok.lower.removesuffix("'s").removesuffix("\u2019s")
    if not named(tok, word, lexicon):
        return None
    if len(word) < 6:  # full names only: "Sun" and "Sat" are also other words
        return None
    return lexicon.weekdays.get(word)


def _listed(tokens: Sequence[Token], i: int, previous: tuple[int, Tense] | None) -> Tense | None:
    """The tense of the weekday just before token ``i`` when only a comma or "and" stands
    between ("on Monday, Tuesday and Wednesday"): one clause, one tense, and a long run of
    weekdays costs one scan for its tense, not one per day."""
    if previous is None or tokens[previous[0]].sentence != tokens[i].sentence:
        return None
    between = [t.lower for t in tokens[previous[0] + 1 : i]]
    return previous[1] if between in ([], [","], ["and"], [",", "and"], ["or"]) else None


def _weekday_at(
    tokens: Sequence[Token],
    i: int,
    dateline: dt.date | None,
    lexicon: Lexicon,
    listed: Tense | None = None,
) -> tuple[DateMention, int] | None:
    wd = _weekday(tokens[i], lexicon)
    if wd is None:
        return None
    tense = listed if listed is not None else tense_at(tokens, i, lexicon)
    if (
        tense != "past"
        and i > 0
        and (tokens[i - 1].lower in lexicon.deadlines or tokens[i - 1].lower in _SCHEDULED)
    ):
        tense = "future"  # "have until Friday", "Game 7 is Wednesday": still to come
    # "last Monday", "next Monday": the Monday of the week before or after the dateline's;
    # "this Monday" the next Monday to come (or the dateline's own day).
    before = tokens[i - 1].lower if i > 0 else ""
    week = {"last": -1, "next": 1}.get(before, 0)
    this = before == "this"
    if week == 1 or (this and tense != "past"):
        tense = "future"  # "this Monday" is the one to come, unless said in the past
    day = None
    if dateline is not None:
        # A story dated Thursday that says "on Thursday" means that day (the wires' style:
        # the day of the week is used for events within seven days of the dateline).
        back = (dateline.weekday() - wd) % 7
        day = _shift(dateline, -back)
        if week:
            day = _shift(dateline, -dateline.weekday() + 7 * week + wd)
        elif tense == "future":
            day = _shift(dateline, (wd - dateline.weekday()) % 7)
    start = tokens[i - 1].start if week or this else tokens[i].start
    mention = DateMention(
        Span(start, tokens[i].end),
        day,
        day,
        "day",
        relative=True,
        weekday=wd,
        weekday_span=tokens[i].span,
        tense=tense,
    )
    return mention, i


def _relative_at(
    tokens: Sequence[Token], i: int, dateline: dt.date | None, lexicon: Lexicon
) -> tuple[DateMention, int] | None:
    days = lexicon.relative_days.match(tokens, i)
    if days is not None:
        (lo, hi, granularity), size = days
        if size == 1 and _generic(tokens, i):
            return None
        span = Span(tokens[i].start, tokens[i + size - 1].end)
        first = last = None
        if dateline is not None:
            first, last = _shift(dateline, lo), _shift(dateline, hi)
            if first is None or last is None:
                first = last = None
        gran: Granularity = "night" if granularity == "night" else "day"
        return DateMention(span, first, last, gran, relative=True), i + size - 1
    weeks = lexicon.relative_weeks.match(tokens, i)
    if weeks is not None:
        offset, size = weeks
        span = Span(tokens[i].start, tokens[i + size - 1].end)
        first = last = None
        if dateline is not None:
            first = _shift(dateline, 7 * offset - dateline.weekday())
            last = _shift(first, 6) if first is not None else None
            if last is None:
                first = None
        return DateMention(span, first, last, "week", relative=True), i + size - 1
    return None


def _generic(tokens: Sequence[Token], i: int) -> bool:
    """ "the people of tomorrow", "the world of today": a day word that names an age, not a
    day. "as of today", "the end of today" and "the results of yesterday's vote" name one."""
    return (
        i >= 3
        and tokens[i - 1].lower == "of"
        and tokens[i - 3].lower in ("the", "a")
        and tokens[i - 2].kind == "word"
        and tokens[i - 2].lower not in _PARTS_OF_A_DAY
        and not tokens[i].text.lower().endswith(("'s", "\u2019s"))
    )


#: Nouns before "of today" that name a part of the day, not an age.
_PARTS_OF_A_DAY = frozenset({"end", "close", "start", "middle", "rest", "beginning", "course"})


def opens_date(kind: TokenKind, text: str, lower: str, lexicon: Lexicon) -> bool:
    """Whether a token may open a date (see :func:`~factcheck.text.may_open`) or end a
    quarter's anchor ("the first nine months")."""
    return lower in lexicon.anchor_breaks.first_words or opens_with(
        kind, lower, lexicon.date_starters
    )


def opens_possessive(kind: TokenKind, text: str, lower: str, lexicon: Lexicon) -> bool:
    """Whether a token is a word with "'s" ("yesterday's", "year's")."""
    return kind == "word" and lower.endswith(("'s", "\u2019s"))


def _without_possessives(tokens: Sequence[Token], possessives: Sequence[int]) -> Sequence[Token]:
    """The tokens with "'s" dropped from the lower-case form of those at ``possessives``,
    so "yesterday's" and "last year's" match "yesterday" and "last year". Built once per
    text."""
    if not possessives:
        return tokens
    out = list(tokens)
    for k in possessives:
        t = out[k]
        out[k] = t._replace(lower=t.lower[:-2])
    return out
