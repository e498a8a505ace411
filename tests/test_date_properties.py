"""Property tests for dates: weekdays against the dateline, round trips, weekday checks, spans."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck
from factcheck.lexicon import Lexicon
from tests.strategies import WEEKDAYS

MONTHS = tuple(calendar.month_name[m] for m in range(1, 13))


def _abbreviations(month: int) -> tuple[str, ...]:
    """The short forms the lexicon reads for ``month`` ("Sept", "Sep"), capitalised."""
    full = MONTHS[month - 1].lower()
    short = [
        word
        for word, number in Lexicon.default().months.items()
        if number == month and word != full
    ]
    return tuple(sorted(word.capitalize() for word in short))


ABBREVIATIONS = {month: _abbreviations(month) for month in range(1, 13)}

recent_datelines = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))
calendar_days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))
weekday_names = st.sampled_from(WEEKDAYS)


def _only_date(text: str, dateline: dt.date) -> factcheck.DateMention:
    report = factcheck.check(text, dateline=dateline)
    assert len(report.dates) == 1, [d.span.slice(text) for d in report.dates]
    return report.dates[0]


# 1. A bare weekday counts from the dateline: back in a past clause, ahead in a future one.


@settings(max_examples=150, deadline=None)
@given(recent_datelines, weekday_names)
def test_past_weekday_is_in_the_week_that_ends_on_the_dateline(
    dateline: dt.date, weekday: str
) -> None:
    text = f"The minister said on {weekday} that talks would resume."
    mention = _only_date(text, dateline)
    assert mention.span.slice(text) == weekday
    assert mention.tense == "past"
    assert mention.first is not None and mention.first == mention.last
    # Both ends inclusive: six days back up to the dateline itself.
    assert dateline - dt.timedelta(days=6) <= mention.first <= dateline
    assert mention.first.weekday() == WEEKDAYS.index(weekday)
    if dateline.weekday() == WEEKDAYS.index(weekday):
        assert mention.first == dateline


@settings(max_examples=150, deadline=None)
@given(recent_datelines, weekday_names)
def test_future_weekday_is_in_the_week_that_starts_on_the_dateline(
    dateline: dt.date, weekday: str
) -> None:
    # The tense is read from the nearest cue word, looking back first: "will" comes before
    # the weekday, so the trailing "officials said" does not make the clause past.
    text = f"The minister will travel to Paris on {weekday}, officials said."
    mention = _only_date(text, dateline)
    assert mention.span.slice(text) == weekday
    assert mention.tense == "future"
    assert mention.first is not None and mention.first == mention.last
    # Both ends inclusive: the dateline itself up to six days ahead. A future clause naming
    # the dateline's own weekday means the dateline, not the same day a week later.
    assert dateline <= mention.first <= dateline + dt.timedelta(days=6)
    assert mention.first.weekday() == WEEKDAYS.index(weekday)
    if dateline.weekday() == WEEKDAYS.index(weekday):
        assert mention.first == dateline


# 2. A calendar date written out in full reads back as the same day, with an exact span.


def _written_forms(day: dt.date) -> list[str]:
    month = MONTHS[day.month - 1]
    forms = [
        f"{month} {day.day}, {day.year}",
        f"{day.day} {month} {day.year}",
        day.isoformat(),
    ]
    forms += [f"{short}. {day.day}, {day.year}" for short in ABBREVIATIONS[day.month]]
    return forms


def test_every_month_but_may_has_an_abbreviation() -> None:
    # Guards the round trip below against a lexicon that silently lost its short forms.
    assert [m for m, short in ABBREVIATIONS.items() if not short] == [5]
    assert "Sept" in ABBREVIATIONS[9]


@settings(max_examples=150, deadline=None)
@given(calendar_days, recent_datelines)
def test_full_calendar_date_round_trips(day: dt.date, dateline: dt.date) -> None:
    for written in _written_forms(day):
        text = f"The agreement was signed on {written}."
        mention = _only_date(text, dateline)
        assert mention.span.slice(text) == written
        assert (mention.first, mention.last) == (day, day), written
        assert mention.granularity == "day"
        assert not mention.relative


# 3. A weekday written beside a full date is checked against the calendar.


def _weekday_findings(text: str, dateline: dt.date) -> list[factcheck.Finding]:
    report = factcheck.check(text, dateline=dateline)
    return [f for f in report.findings if f.rule_id == "date.weekday-mismatch"]


@settings(max_examples=100, deadline=None)
@given(calendar_days, recent_datelines)
def test_true_weekday_beside_a_date_is_never_flagged(day: dt.date, dateline: dt.date) -> None:
    weekday = WEEKDAYS[day.weekday()]
    text = f"Talks resumed on {weekday}, {MONTHS[day.month - 1]} {day.day}, {day.year}."
    findings = _weekday_findings(text, dateline)
    assert all(f.verdict != "inconsistent" for f in findings)
    assert [f.verdict for f in findings] == ["consistent"]


@settings(max_examples=100, deadline=None)
@given(calendar_days, recent_datelines, st.integers(min_value=1, max_value=6))
def test_wrong_weekday_beside_a_date_is_flagged_once(
    day: dt.date, dateline: dt.date, off_by: int
) -> None:
    weekday = WEEKDAYS[(day.weekday() + off_by) % 7]
    date_text = f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    text = f"Talks resumed on {weekday}, {date_text}."
    findings = _weekday_findings(text, dateline)
    assert [f.verdict for f in findings] == ["inconsistent"]
    (finding,) = findings
    spans = {e.label: e.span.slice(text) for e in finding.evidence}
    assert spans["weekday"] == weekday
    # The "date" evidence is the whole mention, so it holds the weekday and the date.
    assert spans["date"] == f"{weekday}, {date_text}"
    assert finding.values["date"] == day.isoformat()


# 4. Whatever the text, checking it does not fail and every date span lies inside it.

_date_bits = st.sampled_from(
    [
        *WEEKDAYS,
        *MONTHS,
        *(short for shorts in ABBREVIATIONS.values() for short in shorts),
        *["Sept.", "may", "march", "monday", "last", "next", "this", "ago", "the", "a", "on"],
        *["quarter", "third", "half", "summer", "winter", "weekend", "year", "years", "month"],
        *["week", "weeks", "days", "yesterday", "tomorrow", "tonight", "night", "overnight"],
        *["early", "late", "mid-", "fiscal", "since", "in", "of", "'s", "\u2019s", "s"],
        *["will", "said", "nineteen", "ninety-six", "two thousand", "twenty", "1990s"],
        *[",", ".", "-", "\u2013", "\u2014", "(", ")", ":", ";", "/", "'", "\n", "\u00a0"],
    ]
)
_numbers = st.integers(min_value=0, max_value=99999).map(str)
# Whole dates, real or not ("Monday, February 30, 0999"), so the calendar paths are reached.
_day_numbers = st.integers(min_value=0, max_value=40).map(str)
_year_numbers = st.integers(min_value=0, max_value=9999).map(lambda y: f"{y:04d}")
_calendar_bits = st.one_of(
    st.builds(
        "{}{} {}{}".format,
        st.sampled_from(["", *(f"{w}, " for w in WEEKDAYS)]),
        st.sampled_from([*MONTHS, "Sept.", "Feb.", "Dec"]),
        _day_numbers,
        st.one_of(st.just(""), _year_numbers.map(", {}".format)),
    ),
    st.builds("{} {} {}".format, _day_numbers, st.sampled_from(MONTHS), _year_numbers),
    st.builds("{}-{:02d}-{}".format, _year_numbers, st.integers(0, 13), _day_numbers),
)
_fragment = st.one_of(_date_bits, _numbers, _calendar_bits, st.text(max_size=6))
_separator = st.sampled_from([" ", "", ", ", "\n"])


def _split_long_digit_runs(text: str) -> str:
    """Break every run of ten or more digits with a space.

    Narrowing for a library bug: an ISO-shaped date whose month or day does not fit a C int
    ("2025-09-9999999999") raises OverflowError from ``dt.date`` in ``_iso_at``, which only
    catches ValueError. Nine digits always fit.
    """
    return re.sub(r"\d{9}(?=\d)", lambda m: m.group() + " ", text)


date_ish_text = st.lists(st.tuples(_fragment, _separator), max_size=30).map(
    lambda parts: _split_long_digit_runs("".join(bit + sep for bit, sep in parts))
)
any_dateline = st.one_of(st.none(), st.dates(), st.sampled_from([dt.date.min, dt.date.max]))


@settings(max_examples=300, deadline=None)
@given(date_ish_text, any_dateline)
def test_date_spans_stay_inside_any_text(text: str, dateline: dt.date | None) -> None:
    report = factcheck.check(text, dateline=dateline)
    # A rule that raises is turned into an "error" finding rather than an exception.
    assert [f for f in report.findings if f.verdict == "error"] == []
    for mention in report.dates:
        assert 0 <= mention.span.start <= mention.span.end <= len(text)
        if mention.weekday_span is not None:
            assert mention.span.start <= mention.weekday_span.start
            assert mention.weekday_span.end <= mention.span.end
        if mention.first is not None and mention.last is not None:
            assert mention.first <= mention.last


# 6. Periods counted from the text or from the dateline.

_UNIT_WORDS = {"days": "day", "weeks": "week", "months": "month", "years": "year"}


@given(st.integers(min_value=1900, max_value=2098), recent_datelines)
def test_following_year_and_that_year_count_from_the_year_written(
    year: int, dateline: dt.date
) -> None:
    text = f"The plant opened in {year}. That year was good. The following year it doubled."
    found = {d.span.slice(text): d for d in factcheck.check(text, dateline=dateline).dates}
    assert found["The following year"].first == dt.date(year + 1, 1, 1)
    assert found["That year"].first == dt.date(year, 1, 1)


@given(
    st.integers(min_value=2, max_value=60),
    st.sampled_from(sorted(_UNIT_WORDS)),
    st.sampled_from(["past", "last", "next", "coming"]),
    recent_datelines,
)
def test_a_counted_span_touches_the_dateline_on_its_side(
    count: int, unit: str, side: str, dateline: dt.date
) -> None:
    found = _only_date(f"Prices rose over the {side} {count} {unit}.", dateline)
    assert found.first is not None and found.last is not None
    assert found.first <= found.last
    if side in ("past", "last"):
        assert found.last == dateline and found.first < dateline
    else:
        assert found.first == dateline + dt.timedelta(days=1) and found.last > dateline


@given(calendar_days, calendar_days, recent_datelines)
def test_a_range_without_years_runs_forward_and_under_a_year(
    one: dt.date, other: dt.date, dateline: dt.date
) -> None:
    text = (
        f"The fair ran from {MONTHS[one.month - 1]} {one.day} "
        f"to {MONTHS[other.month - 1]} {other.day}."
    )
    report = factcheck.check(text, dateline=dateline)
    for d in report.dates:
        if d.range_end is not None and d.first is not None and d.last is not None:
            assert d.first <= d.last
            assert (d.last - d.first).days < 366
