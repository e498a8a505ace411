"""Periods named against the dateline: "last year", "the third quarter", "in December",
"this summer", "over the weekend", "the 1990s", "three years ago", and "now", "recently".

Each becomes a ``DateMention`` whose ``first`` and ``last`` days bound the period and whose
granularity says what it is, so "last year" in a story dated 2025-09-04 is 2024-01-01 ..
2024-12-31 at year granularity. Without a dateline a relative period stays unresolved.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence

import attrs

from factcheck.extract.numbers import number_at
from factcheck.extract.tense import tense_at
from factcheck.lexicon import Lexicon
from factcheck.model import DateMention, Granularity, Reference, Span, Tense
from factcheck.text import Token

_DECADE = re.compile(r"(?:(mid|early|late)-)?(\d{3})0s")
_CENTURY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)")
_PHASES = frozenset({"early", "late", "mid"})
_YEAR_AGO = frozenset({"year-ago", "year-earlier", "prior-year", "comparable"})
#: Words after "the past" that leave it the past itself: "In the past it considered ...".
_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they", "there"})
#: Words after "the past" or "the future" that make it part of a longer phrase.
_LONGER_HEADS = frozenset({"century", "centuries", "millennium", "generation"})
_VAGUE_AGO = frozenset({"several", "few", "many", "some"})
#: How near a tense word must stand to move a month without a day off the nearest one.
_MONTH_TENSE_WINDOW = 12
#: The largest count of units "ago" reads: "10,000 years ago" is prehistory, not a date.
MAX_AGO = 5000


def period_at(
    text: str,
    tokens: Sequence[Token],
    i: int,
    dateline: dt.date | None,
    lexicon: Lexicon,
    anchor: DateMention | None = None,
    antecedent: DateMention | None = None,
) -> tuple[DateMention, int] | None:
    """The period that starts at token ``i``, and its last token.

    ``anchor`` is the quarter or half the text spoke of last, nearby: "a year earlier" after
    "the third quarter" is that quarter a year before, as earnings reports mean it.
    ``antecedent`` is the date the text spoke of last, nearby: "the following year" counts
    from it."""
    word = tokens[i].lower
    head = word.partition("-")[0]
    starters = lexicon.period_starters
    if word not in starters and head not in starters and head not in lexicon.months:
        # Numbers open only "three years ago" and "the 1990s"; every other form opens
        # with a word of the lexicon, tested first because most tokens open nothing.
        return _ago_at(tokens, i, dateline, lexicon) or _decade_at(tokens, i, lexicon)
    return (
        _reference_at(tokens, i, dateline, lexicon)
        or _quarter_at(tokens, i, dateline, lexicon)  # before "next year" of "next year's Q1"
        or _relative_period_at(tokens, i, dateline, lexicon, anchor)
        or _anaphoric_period_at(tokens, i, lexicon, antecedent)
        or _the_year_at(tokens, i, dateline, lexicon, antecedent)
        or _counted_span_at(tokens, i, dateline, lexicon)
        or _rest_of_at(tokens, i, dateline, lexicon)
        or _anchored_year_at(tokens, i, lexicon, anchor)
        or _ago_at(tokens, i, dateline, lexicon)
        or _weekend_at(tokens, i, dateline, lexicon)
        or _season_at(tokens, i, dateline, lexicon)
        or _decade_at(tokens, i, lexicon)
        or _month_alone_at(tokens, i, dateline, lexicon)
    )


def named(tok: Token, word: str, lexicon: Lexicon) -> bool:
    """Whether ``tok``, whose bare lower-case form is ``word``, may be a month's or a
    weekday's name by its case: capitalized, or in lower case ("april 22", "on friday")
    unless the word is then mostly another one ("may", "march": ``[lower_case]``)."""
    return tok.text[:1].isupper() or word not in lexicon.lower_case_not_dates


# --- calendar arithmetic ---------------------------------------------------------------------


def _span(tokens: Sequence[Token], first: int, last: int) -> Span:
    return Span(tokens[first].start, tokens[last].end)


def _ok(year: int) -> bool:
    return dt.MINYEAR <= year <= dt.MAXYEAR


def _month_days(year: int, month: int) -> tuple[dt.date, dt.date] | None:
    if not _ok(year):
        return None
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _months_days(year: int, first_month: int, count: int) -> tuple[dt.date, dt.date] | None:
    """The days of ``count`` months starting at ``first_month`` of ``year``."""
    end_index = year * 12 + first_month - 1 + count - 1
    start = _month_days(year, first_month)
    end = _month_days(end_index // 12, end_index % 12 + 1)
    if start is None or end is None:
        return None
    return start[0], end[1]


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def _months_spanned(first: dt.date, last: dt.date) -> int:
    """How many calendar months a period covers: 3 for a quarter, 6 for a half."""
    return (last.year - first.year) * 12 + last.month - first.month + 1


def _mention(
    span: Span,
    days: tuple[dt.date, dt.date] | None,
    granularity: Granularity,
    *,
    relative: bool = True,
    tense: Tense = "unknown",
    reference: Reference | None = None,
) -> DateMention:
    first, last = days if days is not None else (None, None)
    return DateMention(
        span, first, last, granularity, relative=relative, tense=tense, reference=reference
    )


def _unit_days(
    unit: str, dateline: dt.date, offset: int
) -> tuple[tuple[dt.date, dt.date] | None, Granularity]:
    """The period ``offset`` units from the dateline's own: year, quarter, month, week, day."""
    if unit == "year":
        year = dateline.year + offset
        return (_months_days(year, 1, 12) if _ok(year) else None), "year"
    if unit == "quarter":
        year, month = _shift_month(dateline.year, (dateline.month - 1) // 3 * 3 + 1, 3 * offset)
        return (_months_days(year, month, 3) if _ok(year) else None), "quarter"
    if unit == "month":
        year, month = _shift_month(dateline.year, dateline.month, offset)
        return _month_days(year, month), "month"
    if unit == "decade":
        start = dateline.year // 10 * 10 + 10 * offset
        return (_months_days(start, 1, 120) if _ok(start) and _ok(start + 9) else None), "decade"
    days = 7 if unit == "week" else 1
    try:
        first = dateline + dt.timedelta(days=days * offset)
        if unit == "week":
            first -= dt.timedelta(days=first.weekday())
        return (first, first + dt.timedelta(days=days - 1)), "week" if unit == "week" else "day"
    except OverflowError:
        return None, "week" if unit == "week" else "day"


# --- the forms -------------------------------------------------------------------------------


def _reference_at(
    tokens: Sequence[Token], i: int, dateline: dt.date | None, lexicon: Lexicon
) -> tuple[DateMention, int] | None:
    """ "now", "currently" (present), "recently", "the past" (past), "the future" (future)."""
    found = lexicon.references.match(tokens, i)
    if found is None:
        return None
    side, size = found
    nxt = tokens[i + size] if i + size < len(tokens) else None
    if nxt is not None and (
        nxt.kind == "num"
        or nxt.lower in lexicon.cardinals
        or nxt.lower in lexicon.ago_units
        or nxt.lower in _VAGUE_AGO
        or nxt.lower in _LONGER_HEADS
    ):
        return None  # "the past three years", "the past year": a longer period, or a span
    if tokens[i + size - 1].lower == "past" and not (
        nxt is None
        or nxt.kind == "punct"
        or nxt.lower in lexicon.stop_words
        or nxt.lower in _PRONOUNS
    ):
        return None  # "the past quarter", "the past season": a period we do not read
    reference: Reference = (
        "present" if side == "present" else "past" if side == "past" else "future"
    )
    days = (dateline, dateline) if reference == "present" and dateline is not None else None
    span = _span(tokens, i, i + size - 1)
    return _mention(span, days, "day", reference=reference), i + size - 1


def counts_back(tokens: Sequence[Token], i: int, lexicon: Lexicon) -> bool:
    """Whether a period told by another opens at token ``i``: counted back from it ("a year
    earlier") or set in another year ("the 1988 quarter"). Such a period never anchors the
    next one, which still speaks of the first."""
    found = lexicon.relative_periods.match(tokens, i)
    if found is not None and found[0][0] == "year-back":
        return True
    return (
        i + 2 < len(tokens)
        and tokens[i].lower == "the"
        and tokens[i + 1].kind == "num"
        and tokens[i + 2].lower in lexicon.anchored_year_nouns
    )


def _relative_period_at(
    tokens: Sequence[Token],
    i: int,
    dateline: dt.date | None,
    lexicon: Lexicon,
    anchor: DateMention | None,
) -> tuple[DateMention, int] | None:
    """ "last year", "earlier this month", "the current quarter", "a year ago"."""
    found = lexicon.relative_periods.match(tokens, i)
    if found is None:
        return None
    (unit, offset), size = found
    last = i + size - 1
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    if tokens[i].lower == "the" and tokens[last].lower == "year" and _year_goes_on(nxt, lexicon):
        # "the year 2000", "the year two thousand": the year written; "the year ended March
        # 31": a fiscal year, named by its last day.
        return None
    span = _span(tokens, i, last)
    if unit == "year-back":
        # "a year earlier": the period spoken of, a year before; else the dateline's year.
        if anchor is not None and anchor.first is not None and anchor.last is not None:
            start = _shift_month(anchor.first.year, anchor.first.month, -12 * offset)
            count = _months_spanned(anchor.first, anchor.last)
            days = _months_days(start[0], start[1], count) if _ok(start[0]) else None
            return _mention(span, days, anchor.granularity), last
        unit, offset = "year", -offset
    days, granularity = (None, _GRANULARITY[unit])
    if dateline is not None:
        days, granularity = _unit_days(unit, dateline, offset)
    return _mention(span, days, granularity), last


#: How fine each granularity is: an antecedent must be as fine as the unit counted from it.
_FINENESS: dict[str, int] = {
    "day": 0,
    "night": 0,
    "week": 1,
    "weekend": 1,
    "month": 2,
    "quarter": 3,
    "half": 3,
    "season": 3,
    "year": 4,
}


def _anaphoric_period_at(
    tokens: Sequence[Token], i: int, lexicon: Lexicon, antecedent: DateMention | None
) -> tuple[DateMention, int] | None:
    """ "the following year", "that month", "a day later": counted from the date spoken of
    last (``antecedent``), not from the dateline. With none as fine as the unit, nothing:
    "that year" alone names no year."""
    found = lexicon.anaphoric_periods.match(tokens, i)
    if found is None or antecedent is None or antecedent.first is None:
        return None
    (unit, offset), size = found
    if _FINENESS.get(antecedent.granularity, 9) > _FINENESS.get(unit, -1):
        return None
    days, granularity = _unit_days(unit, antecedent.first, offset)
    return _mention(_span(tokens, i, i + size - 1), days, granularity), i + size - 1


def _counted_span_at(
    tokens: Sequence[Token], i: int, dateline: dt.date | None, lexicon: Lexicon
) -> tuple[DateMention, int] | None:
    """ "the past three years", "the last two decades", "the next 3 months": the days from
    that many units before the dateline up to it, or from the next day to that many units
    on. "the past few days" has no count: only its side of the dateline."""
    n = len(tokens)
    k = i + 1 if tokens[i].lower == "the" else i
    if k + 2 >= n:
        return None
    side = lexicon.span_sides.get(tokens[k].lower)
    if side is None:
        return None
    counted = _count_and_unit(tokens, k + 1, lexicon)
    if counted is None:
        return None
    count, unit, last = counted
    if count is not None and count == 1 and tokens[k + 1].lower in ("a", "an"):
        return None  # "the past a year" is no English; "last a year" neither
    span = _span(tokens, i, last)
    if count is None:
        reference: Reference = "past" if side < 0 else "future"
        return _mention(span, None, "day", reference=reference), last
    days = _counted_days(dateline, unit, count * side) if dateline is not None else None
    return _mention(span, days, "day"), last


def _counted_days(dateline: dt.date, unit: str, count: int) -> tuple[dt.date, dt.date] | None:
    """The days from ``count`` units before the dateline to it (``count`` < 0), or from the
    day after it to ``count`` units on."""
    try:
        if unit in ("day", "week"):
            shifted = _shift_day(dateline, unit, count)
            if shifted is None:
                return None
            other = shifted
        else:
            months = {"month": 1, "quarter": 3, "year": 12, "decade": 120}[unit] * count
            year, month = _shift_month(dateline.year, dateline.month, months)
            if not _ok(year):
                return None
            day = min(dateline.day, calendar.monthrange(year, month)[1])
            other = dt.date(year, month, day)
        if count < 0:
            return other, dateline
        return dateline + dt.timedelta(days=1), other
    except OverflowError:
        return None


def _rest_of_at(
    tokens: Sequence[Token], i: int, dateline: dt.date | None, lexicon: Lexicon
) -> tuple[DateMention, int] | None:
    """ "the rest of the year", "the remainder of the month": from the dateline to the end
    of its week, month, quarter or year."""
    found = lexicon.rest_of.match(tokens, i)
    if found is None:
        return None
    unit, size = found
    last = i + size - 1
    days = None
    if dateline is not None:
        whole = _unit_days(unit, dateline, 0)[0]
        days = (dateline, whole[1]) if whole is not None else None
    return _mention(_span(tokens, i, last), days, "day"), last


def _the_year_at(
    tokens: Sequence[Token],
    i: int,
    dateline: dt.date | None,
    lexicon: Lexicon,
    antecedent: DateMention | None,
) -> tuple[DateMention, int] | None:
    """ "For the year, sales were flat": the year of the date written just before ("in
    2008, the year Lehman fell" is 2008), else the dateline's. Not "the year before" or
    "the year 2000" (other periods), nor "Player of the Year" (a title)."""
    n = len(tokens)
    if i + 1 >= n or tokens[i].lower != "the" or tokens[i + 1].lower != "year":
        return None
    if tokens[i + 1].text == "Year":
        return None
    if _year_goes_on(tokens[i + 2] if i + 2 < n else None, lexicon):
        return None
    span = _span(tokens, i, i + 1)
    if (
        antecedent is not None
        and antecedent.first is not None
        and _FINENESS.get(antecedent.granularity, 9) <= _FINENESS["year"]
    ):
        year = antecedent.first.year  # a year or finer: after "the 1990s" it is none
    elif dateline is not None:
        year = dateline.year
    else:
        return _mention(span, None, "year"), i + 1
    return _mention(span, _months_days(year, 1, 12) if _ok(year) else None, "year"), i + 1


#: Words after "the year" that make it another period: "the year before", "the year ended
#: March 31" (numbers and number words count too, see ``_year_goes_on``).
_NOT_THE_YEAR = frozenset(
    {
        "before",
        "after",
        "earlier",
        "prior",
        "since",
        "ago",
        "ended",
        "ending",
        "ends",
        "through",
        "to",
        "-",
        "\u2013",
    }
)


def _year_goes_on(nxt: Token | None, lexicon: Lexicon) -> bool:
    """Whether the word after "the year" (or "the fiscal year") makes it part of another
    period or of a year written out: "the year before", "the year ended March 31", "the
    year 2000", "the year two thousand"."""
    return nxt is not None and (
        nxt.kind == "num" or nxt.lower in lexicon.cardinals or nxt.lower in _NOT_THE_YEAR
    )


def _sentence_has(tokens: Sequence[Token], k: int, words: frozenset[str]) -> bool:
    """Whether the sentence of token ``k`` has one of ``words``."""
    sentence = tokens[k].sentence
    j = k
    while j > 0 and tokens[j - 1].sentence == sentence:
        j -= 1
    n = len(tokens)
    while j < n and tokens[j].sentence == sentence:
        if tokens[j].lower in words:
            return True
        j += 1
    return False


def _anchored_year_at(
    tokens: Sequence[Token], i: int, lexicon: Lexicon, anchor: DateMention | None
) -> tuple[DateMention, int] | None:
    """ "the 1988 quarter", "the 1989 period": the quarter or half spoken of just before
    (``anchor``), in the year written. With no anchor it is only a year, read elsewhere."""
    if anchor is None or anchor.first is None or anchor.last is None or i + 2 >= len(tokens):
        return None
    if tokens[i].lower != "the" or tokens[i + 2].lower not in lexicon.anchored_year_nouns:
        return None
    year_tok = tokens[i + 1]
    if year_tok.kind != "num" or len(year_tok.text) != 4 or not year_tok.text.isdigit():
        return None
    year = int(year_tok.text)
    months = _months_spanned(anchor.first, anchor.last)
    days = _months_days(year, anchor.first.month, months) if 1000 <= year <= 2999 else None
    return _mention(_span(tokens, i, i + 2), days, anchor.granularity), i + 2


_GRANULARITY: dict[str, Granularity] = {
    "year": "year",
    "quarter": "quarter",
    "month": "month",
    "week": "week",
    "day": "day",
    "decade": "decade",
}


def _ago_at(
    tokens: Sequence[Token], i: int, dateline: dt.date | None, lexicon: Lexicon
) -> tuple[DateMention, int] | None:
    """ "three years ago", "a month ago", "two weeks ago"; "several years ago" is only
    somewhere in the past. Also counted from now ("two weeks from now", "a year from now":
    the unit's period) or, in days or weeks, from a day word ("three days after tomorrow",
    "two weeks from today": a day, as its anchor is one)."""
    n = len(tokens)
    near = tokens[i + 2 : i + 6]
    ago = any(t.lower == "ago" for t in near)
    if not ago and not any(t.lower in _FROM_WORDS for t in near):
        return None  # the cheap test first: most numbers are not "... ago"
    counted = _count_and_unit(tokens, i, lexicon)
    if counted is None:
        return None
    count, unit, k = counted
    if ago and k + 1 < n and tokens[k + 1].lower == "ago":
        span = _span(tokens, i, k + 1)
        if count is None:
            return _mention(span, None, "year", reference="past", tense="past"), k + 1
        days, granularity = (None, _GRANULARITY[unit])
        if dateline is not None:
            days, granularity = _unit_days(unit, dateline, -count)
        return _mention(span, days, granularity, tense="past"), k + 1
    if count is None or k + 2 >= n or tokens[k + 1].lower not in _FROM_WORDS:
        return None
    base = lexicon.relative_days.match(tokens, k + 2)
    sign = -1 if tokens[k + 1].lower == "before" else 1
    if tokens[k + 2].lower == "now" and sign == 1:
        offset = 0
    elif base is not None and base[1] == 1 and base[0][0] == base[0][1]:
        offset = base[0][0]  # "today", "tomorrow", "yesterday"
    else:
        return None
    span = _span(tokens, i, k + 2)
    if tokens[k + 2].lower == "now":
        if dateline is None:
            return _mention(span, None, _GRANULARITY[unit]), k + 2
        days, granularity = _unit_days(unit, dateline, count)
        return _mention(span, days, granularity), k + 2
    if unit not in ("day", "week"):
        return None  # "a month from tomorrow" names no clear day
    anchor = _shift_day(dateline, "day", offset) if dateline is not None else None
    moved = _shift_day(anchor, unit, sign * count) if anchor is not None else None
    return _mention(span, (moved, moved) if moved else None, "day"), k + 2


#: Words after a count and a unit that count it from a day word: "two weeks from now".
_FROM_WORDS = frozenset({"from", "after", "before"})


def counted_from(
    tokens: Sequence[Token],
    i: int,
    last: int,
    resume: int,
    anchor: DateMention,
    dateline: dt.date | None,
    lexicon: Lexicon,
) -> DateMention | None:
    """The day a count of days or weeks moves a weekday to: "a week from Monday", "three
    days after Monday's vote". ``anchor`` is the weekday, read from token ``i`` to
    ``last``; the count stands between ``resume`` (the first token no date has taken) and
    it. "from" looks ahead: the weekday after it is the coming one.

    Only a weekday alone is moved: a calendar date ("10 days after Sept. 1") is a fact as
    written, which rules check, so it stays one. The day found is worked out, not
    written: it is relative and has no weekday for a rule to check."""
    if not anchor.relative or anchor.weekday is None or anchor.granularity != "day":
        return None
    j = i - 1
    if j - 2 < resume or tokens[j].lower not in _FROM_WORDS:
        return None
    forward = tokens[j].lower == "from"
    nxt = tokens[last + 1].lower if last + 1 < len(tokens) else ""
    if forward and nxt in _RANGE_ENDS:
        return None  # "three days from Monday to Wednesday": a range
    if nxt in lexicon.counted_span_after or _dated(tokens, last, lexicon):
        return None  # "from Monday onward"; "after Monday (Sept. 1)": the weekday's own date
    sentence = tokens[i].sentence
    for start in range(j - 2, max(resume, j - 5) - 1, -1):
        if tokens[start].sentence != sentence:
            return None
        counted = _count_and_unit(tokens, start, lexicon)
        if counted is not None and counted[2] == j - 1:
            break
    else:
        return None
    if start > 0 and tokens[start - 1].lower in lexicon.counted_span_before:
        return None  # "for five days after Friday's incident": a span, not a day
    count, unit, _ = counted
    if count is None or unit not in ("day", "week"):
        return None  # "several days after Monday", "a month from Friday": no clear day
    day = anchor.first
    if day is not None and dateline is not None and forward and day < dateline:
        day = _shift_day(day, "week", 1)  # "a week from Monday": the coming Monday
    if day is not None:
        day = _shift_day(day, unit, (-1 if tokens[j].lower == "before" else 1) * count)
    span = Span(tokens[start].start, anchor.span.end)
    moved = _mention(span, (day, day) if day else None, "day", tense=anchor.tense)
    return attrs.evolve(moved, worked_out=True)


def _dated(tokens: Sequence[Token], last: int, lexicon: Lexicon) -> bool:
    """Whether a calendar date follows the weekday that ends at token ``last``, in brackets,
    after a dash or after a comma: "Monday (Sept. 1)", "Monday - Sept. 1 -", "Wednesday,
    on Sept. 3". Its date is written, so the weekday stays a weekday, for rules to check."""
    k = last + 1
    if k < len(tokens) and tokens[k].text in ("(", "-", "\u2013", "\u2014", ","):
        k += 1
        if k < len(tokens) and tokens[k].lower == "on":
            k += 1
        if k < len(tokens):
            word = tokens[k].lower.rstrip(".")
            return word in lexicon.months or tokens[k].kind == "num"
    return False


#: Words after a date that make it the start of a range: "from Monday to Wednesday".
_RANGE_ENDS = frozenset({"to", "until", "till", "through", "-", "\u2013"})


def _shift_day(day: dt.date, unit: str, count: int) -> dt.date | None:
    """``day`` moved by ``count`` days or weeks."""
    try:
        return day + dt.timedelta(days=count * (7 if unit == "week" else 1))
    except OverflowError:
        return None


def _count_and_unit(
    tokens: Sequence[Token], i: int, lexicon: Lexicon
) -> tuple[int | None, str, int] | None:
    """ "three years", "a month", "several weeks": the count (``None`` when vague), the
    unit of ``[ago_units]`` and the unit's token."""
    n = len(tokens)
    word = tokens[i].lower
    count: int | None
    if word in ("a", "an"):
        count, k = 1, i + 1
    elif word in _VAGUE_AGO or (word == "a" and i + 1 < n and tokens[i + 1].lower == "few"):
        count, k = None, i + 1
    else:
        parsed = number_at(tokens, i, lexicon)
        if parsed is None or parsed[2] != "cardinal" or parsed[3] is not None:
            return None
        value = parsed[0]
        if not (isinstance(value, int) and 0 < value <= MAX_AGO):
            return None
        count, k = value, parsed[1] + 1
    if k >= n:
        return None
    unit = lexicon.ago_units.get(tokens[k].lower)
    return None if unit is None else (count, unit, k)


def _year_after(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """ "of 1990", "of fiscal 1990" after a quarter or a half: the year and its token."""
    if k + 1 >= len(tokens) or tokens[k].lower != "of":
        return None
    k += 1
    if tokens[k].lower == "fiscal" and k + 1 < len(tokens):
        k += 1
    tok = tokens[k]
    if tok.kind == "num" and len(tok.text) == 4 and tok.text.isdecimal():
        return int(tok.text), k
    return None


def _quarter_at(
    tokens: Sequence[Token], i: int, dateline: dt.date | None, lexicon: Lexicon
) -> tuple[DateMention, int] | None:
    """ "the third quarter", "third-quarter", "the fiscal first quarter", "the first half
    of 1990": a quarter or half of a year, the latest one begun by the dateline unless a
    year is written after it."""
    n = len(tokens)
    k = i
    if tokens[k].lower == "the" and k + 1 < n:
        k += 1
    # "the 1988 second quarter", "the year-ago third quarter", "next year's first quarter"
    year_before: int | None = None
    back = 0
    if tokens[k].kind == "num" and len(tokens[k].text) == 4 and tokens[k].text.isdecimal():
        year_before, k = int(tokens[k].text), k + 1
    elif tokens[k].lower in _YEAR_AGO:
        back, k = -1, k + 1
    else:
        offset, j = _modifier(tokens, k, lexicon)
        if offset is not None and j < n and tokens[j].lower.removesuffix("'s") == "year":
            back, k = offset, j + 1
    if k >= n:
        return None
    if tokens[k].lower == "fiscal" and k + 1 < n:
        k += 1
    short = _short_quarter(tokens, k, lexicon)
    if short is not None:
        return _quarter_mention(tokens, i, k, *short, year_before, back, dateline)
    head, _, tail = tokens[k].lower.partition("-")
    if tail:
        last = k
    elif k + 1 < n:
        tail, last = tokens[k + 1].lower, k + 1
    else:
        return None
    granularity: Granularity
    if tail in ("quarter", "quarters"):
        size, granularity = 3, "quarter"
    elif tail == "half":
        size, granularity = 6, "half"
    else:
        return None
    if head in ("last", "latter") and granularity == "half":
        number = 2
    else:
        found = lexicon.ordinals.get(head)
        if found is None or found > 12 // size:
            return None
        number = found
    written = _year_after(tokens, last + 1)
    if written is not None:
        year_before, last = written
    return _quarter_mention(tokens, i, last, number, size, granularity, year_before, back, dateline)


def _short_quarter(
    tokens: Sequence[Token], k: int, lexicon: Lexicon
) -> tuple[int, int, Granularity] | None:
    """ "Q3", "H1" (capitals only: "q3" and "h1" are other things): the number, the months
    and the granularity of ``[short_periods]``."""
    tok = tokens[k]
    found = lexicon.short_periods.get(tok.lower) if tok.text.isupper() else None
    if found is None:
        return None
    before = tokens[k - 1] if k > 0 else None
    if (
        before is not None
        and before.sentence == tok.sentence
        and before.kind == "word"
        and before.text[:1].isupper()
        and not before.lower.endswith(("'s", "\u2019s"))  # "Apple's Q3 revenue"
        and k > 1
        and tokens[k - 2].sentence == tok.sentence
    ):
        return None  # "the Audi Q3": a name
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    year_after = (
        nxt is not None
        and nxt.kind == "num"
        and len(nxt.text) == 4
        and nxt.text.isdecimal()
        and 1900 <= int(nxt.text) <= 2099
    )
    if not year_after and not _sentence_has(tokens, k, lexicon.short_period_context):
        return None  # "fastest in Q3", "40 points in Q4": a session, a quarter of a game
    unit, number = found
    return (number, 3, "quarter") if unit == "quarter" else (number, 6, "half")


def _quarter_mention(
    tokens: Sequence[Token],
    i: int,
    last: int,
    number: int,
    size: int,
    granularity: Granularity,
    year_before: int | None,
    back: int,
    dateline: dt.date | None,
) -> tuple[DateMention, int]:
    """The quarter or half ``number`` of the year written (before it, or right after it as
    in "Q3 2024"), else of the latest year in which it has begun by the dateline."""
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    if year_before is None and nxt is not None and nxt.kind == "num" and len(nxt.text) == 4:
        if nxt.text.isdecimal() and 1900 <= int(nxt.text) <= 2099:
            year_before, last = int(nxt.text), last + 1
    first_month = (number - 1) * size + 1
    days = None
    if year_before is not None:
        days = _months_days(year_before, first_month, size) if _ok(year_before) else None
    elif dateline is not None:
        year = dateline.year
        if back == 0 and dt.date(year, first_month, 1) > dateline:
            year -= 1
        year += back
        days = _months_days(year, first_month, size) if _ok(year) else None
    span = _span(tokens, i, last)
    return _mention(span, days, granularity, relative=year_before is None), last


def _modifier(tokens: Sequence[Token], i: int, lexicon: Lexicon) -> tuple[int | None, int]:
    """A word tying the period after it to the dateline ("last", "this past", "next") and
    the index after it; ``None`` and ``i`` when there is none."""
    found = lexicon.period_modifiers.match(tokens, i)
    if found is None:
        return None, i
    return found[0], i + found[1]


def _weekend_at(
    tokens: Sequence[Token], i: int, dateline: dt.date | None, lexicon: Lexicon
) -> tuple[DateMention, int] | None:
    """ "the weekend", "this weekend", "last weekend": a Saturday and the Sunday after it."""
    offset, k = _modifier(tokens, i, lexicon)
    if offset is None:
        if tokens[i].lower != "the":
            return None
        k = i + 1
    if k >= len(tokens) or tokens[k].lower.removesuffix("'s") != "weekend":
        return None
    tense = tense_at(tokens, k, lexicon)
    days = None
    if dateline is not None:
        try:
            saturday = dateline + dt.timedelta(days=5 - dateline.weekday())  # this week's
            if offset is not None:
                saturday += dt.timedelta(days=7 * offset)
            elif tense == "past" and saturday > dateline:
                saturday -= dt.timedelta(days=7)
            days = (saturday, saturday + dt.timedelta(days=1))
        except OverflowError:  # a weekend past the calendar's end (year 9999)
            days = None
    return _mention(_span(tokens, i, k), days, "weekend", tense=tense), k


def _instances(first_month: int, count: int, dateline: dt.date) -> list[tuple[dt.date, dt.date]]:
    """The periods of ``count`` months starting at ``first_month`` in the years around the
    dateline, in order."""
    out = []
    for year in range(dateline.year - 2, dateline.year + 2):
        days = _months_days(year, first_month, count) if _ok(year) else None
        if days is not None:
            out.append(days)
    return out


def _month_of(day: dt.date) -> tuple[int, int]:
    return day.year, day.month


def _next_month(day: dt.date) -> tuple[int, int]:
    return _shift_month(day.year, day.month, 1)


def _pick(
    instances: list[tuple[dt.date, dt.date]],
    dateline: dt.date,
    offset: int | None,
    tense: Tense,
    *,
    months_apart: bool = False,
) -> tuple[dt.date, dt.date] | None:
    """Which of a month's or a season's yearly instances the text means: ``offset``
    -1 the latest ended before the dateline's own, 0 the one of the dateline's year (or
    holding the dateline), 1 the first begun after it; with no offset the tense decides,
    and with no tense the nearest. ``months_apart``: a month, for which -1 skips the month
    just before the dateline's ("last month" names that one)."""
    if not instances:
        return None
    holding = [d for d in instances if d[0] <= dateline <= d[1]]
    if offset == 0:
        return (
            holding[0]
            if holding
            else next((d for d in instances if d[0].year == dateline.year), None)
        )
    if offset == -1:
        before = [d for d in instances if d[1] < dateline and d not in holding]
        adjacent = len(before) > 1 and _next_month(before[-1][1]) == _month_of(dateline)
        if months_apart and adjacent:
            # "last February" in March is a year back: the month just gone is "last month".
            return before[-2]
        return before[-1] if before else None
    if offset == 1:
        after = [d for d in instances if d[0] > dateline]
        return after[0] if after else None
    if holding:
        return holding[0]
    before = [d for d in instances if d[1] < dateline]
    after = [d for d in instances if d[0] > dateline]
    if tense == "past" and before:
        return before[-1]
    if tense == "future" and after:
        return after[0]
    candidates = [d for d in (before[-1:] + after[:1])]
    return min(
        candidates, key=lambda d: min(abs((d[0] - dateline).days), abs((d[1] - dateline).days))
    )


def _season_at(
    tokens: Sequence[Token], i: int, dateline: dt.date | None, lexicon: Lexicon
) -> tuple[DateMention, int] | None:
    """ "this summer", "last spring", "the early summer", "in the winter": a season of the
    northern hemisphere, with the months of ``[seasons]``."""
    offset, k = _modifier(tokens, i, lexicon)
    if offset is None:
        if tokens[i].lower != "the":
            return None
        k = i + 1
    if k < len(tokens) and tokens[k].lower in _PHASES:
        k += 1
    if k >= len(tokens):
        return None
    months = lexicon.seasons.get(tokens[k].lower.removesuffix("'s"))
    if months is None:
        return None
    after = tokens[k + 1].lower if k + 1 < len(tokens) else ""
    if offset is None and after == "of" and _year_after(tokens, k + 1) is None:
        return None  # "the fall of the Berlin Wall"
    first_month, last_month = months
    count = (last_month - first_month) % 12 + 1
    tense = tense_at(tokens, k, lexicon)
    days = None
    last = k
    written = _year_after(tokens, k + 1)
    if written is not None:
        days = _months_days(written[0], first_month, count) if _ok(written[0]) else None
        last = written[1]
    elif dateline is not None:
        days = _pick(_instances(first_month, count, dateline), dateline, offset, tense)
    return _mention(_span(tokens, i, last), days, "season", tense=tense), last


def _decade_at(tokens: Sequence[Token], i: int, lexicon: Lexicon) -> tuple[DateMention, int] | None:
    """ "the 1990s", "the mid-1990s", "the late 1970s", "the '80s", "the nineties"; "the
    20th century". A decade named by two digits or in words is of the 1900s."""
    n = len(tokens)
    k = i
    if tokens[k].lower == "the" and k + 1 < n:
        k += 1
    if tokens[k].lower in _PHASES and k + 1 < n:
        k += 1
    tok = tokens[k]
    century = _CENTURY.fullmatch(tok.lower)
    if century is not None and k + 1 < n and tokens[k + 1].lower in ("century", "centuries"):
        number = int(century[1])
        if not 2 <= number <= 99:
            return None
        start = (number - 1) * 100
        days = _months_days(start, 1, 1200)
        return _mention(_span(tokens, i, k + 1), days, "century", relative=False), k + 1
    m = _DECADE.fullmatch(tok.lower)
    decade: int | None = None
    if m is not None:
        decade = int(m[2]) * 10
    elif (
        tok.lower in ("20s", "30s", "40s", "50s", "60s", "70s", "80s", "90s")
        and k > 0
        and tokens[k - 1].text in ("'", "\u2019")
        and tokens[k - 1].end == tok.start
    ):
        decade = 1900 + int(tok.lower[:2])
    elif (
        k > i
        and tok.lower in lexicon.decade_words
        and tokens[i].lower == "the"
        and i > 0
        and tokens[i - 1].lower in lexicon.period_cues
        and not _sentence_has(tokens, k, lexicon.decade_measures)
    ):
        # "in the nineties", but not "temperatures in the nineties"
        decade = 1900 + lexicon.decade_words[tok.lower]
    if decade is None or not _ok(decade) or decade < 1000:
        return None
    days = _months_days(decade, 1, 120)
    return _mention(_span(tokens, i, k), days, "decade", relative=False), k


def _month_alone_at(
    tokens: Sequence[Token], i: int, dateline: dt.date | None, lexicon: Lexicon
) -> tuple[DateMention, int] | None:
    """A month named without a day or a year: "in December", "last May", "early September",
    "mid-November". The month is the one the tense points to, nearest the dateline."""
    offset, k = _modifier(tokens, i, lexicon)
    phase = k < len(tokens) and tokens[k].lower in _PHASES
    if phase:
        k += 1
    if k >= len(tokens):
        return None
    tok = tokens[k]
    word = tok.lower
    if word.startswith(("mid-", "early-", "late-")):
        word = word.partition("-")[2]
        phase = True
    elif not named(tok, word.removesuffix("'s"), lexicon):
        return None
    month = lexicon.months.get(word.removesuffix("'s"))
    if month is None or (len(word) < 5 and word not in ("may", "june", "july")):
        return None  # "Jan" and "Dec" alone are names as often as months
    cued = offset is not None or phase or (i > 0 and tokens[i - 1].lower in lexicon.period_cues)
    if not cued:
        return None
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is not None and nxt.kind == "word" and nxt.text[:1].isupper():
        return None  # "April Ryan", "May Day"
    # Only a tense word close by moves a month off the nearest one: a verb in "-ed" is as
    # often a modifier ("the planned March vote") as a past.
    tense = tense_at(tokens, k, lexicon, window=_MONTH_TENSE_WINDOW)
    if i > 0 and tokens[i - 1].lower in lexicon.deadlines:
        # "by May", "until mid-November": a deadline is still to come, unless the clause is
        # past ("gave it until mid-November"), when it is the nearest.
        tense = "unknown" if tense == "past" else "future"
    days = None
    # "June last year", "January this year": the month of the year named after it.
    after = k + 2 if k + 2 < len(tokens) and tokens[k + 1].lower == "of" else k + 1
    year_words = lexicon.relative_periods.match(tokens, after)
    if year_words is not None and year_words[0][0] == "year" and year_words[1] == 2:
        last = after + 1  # "June last year", "June of last year"
        if dateline is not None:
            days = _month_days(dateline.year + year_words[0][1], month)
        return _mention(_span(tokens, i, last), days, "month", tense=tense), last
    if dateline is not None:
        days = _pick(_instances(month, 1, dateline), dateline, offset, tense, months_apart=True)
    # "in August" names the month as a calendar does, the year aside; "last May" counts
    # from the dateline.
    span = _span(tokens, i, k)
    return _mention(span, days, "month", tense=tense, relative=offset is not None), k
