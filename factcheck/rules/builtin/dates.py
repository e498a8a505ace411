"""Built-in rules over dates: weekdays against the calendar, day words against dates."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator
from fractions import Fraction

from factcheck.document import Document
from factcheck.model import Elapsed, Evidence, Finding, Verdict
from factcheck.rules.engine import Example, rule
from factcheck.timeml import timeml_value


@rule(
    id="date.weekday-mismatch",
    severity="error",
    tags=("date",),
    examples=(
        Example(
            "The ceasefire took effect on Thursday, Sept. 4, 2025.", "pass", dateline="2025-09-04"
        ),
        Example(
            "The ceasefire took effect on Wednesday, Sept. 4, 2025.", "fail", dateline="2025-09-04"
        ),
        Example("Leaders will meet again on Monday (Sept. 8).", "pass", dateline="2025-09-04"),
        Example("The ceasefire took effect on Wednesday (Sept. 2).", "fail", dateline="2025-09-04"),
    ),
)
def weekday_mismatch(doc: Document) -> Iterator[Finding]:
    """A weekday written with a calendar date falls on that date ("Thursday, Sept. 4, 2025")."""
    for d in doc.dates:
        if d.relative or d.weekday is None or d.first is None or d.weekday_span is None:
            continue
        actual = d.first.weekday()
        written = calendar.day_name[d.weekday]
        ok = actual == d.weekday
        date_text = d.first.isoformat()
        yield Finding(
            rule_id="date.weekday-mismatch",
            verdict="consistent" if ok else "inconsistent",
            severity="error",
            message=(
                f"{date_text} is a {calendar.day_name[actual]}"
                if ok
                else f"{written} written, but {date_text} is a {calendar.day_name[actual]}"
            ),
            evidence=(
                Evidence(d.weekday_span, doc.excerpt(d.weekday_span), "weekday"),
                Evidence(d.span, doc.excerpt(d.span), "date"),
            ),
            values={"written": written, "actual": calendar.day_name[actual], "date": date_text},
        )


@rule(
    id="date.relative-conflict",
    severity="error",
    tags=("date",),
    examples=(
        Example(
            "Shelling killed two people yesterday, Sept. 3, officials said.",
            "pass",
            dateline="2025-09-04",
        ),
        Example(
            "Shelling killed two people yesterday, Sept. 2, officials said.",
            "fail",
            dateline="2025-09-04",
        ),
        Example("Sales rose last year, in 2024.", "pass", dateline="2025-09-04"),
        Example("Sales rose last year, in 2023.", "fail", dateline="2025-09-04"),
    ),
)
def relative_conflict(doc: Document) -> Iterator[Finding]:
    """A day word beside a calendar date ("yesterday, September 1") can be that date,
    given the dateline."""
    for d in doc.dates:
        explicit = d.explicit
        if not d.relative or explicit is None:
            continue
        evidence = (
            Evidence(d.span, doc.excerpt(d.span), "relative"),
            Evidence(explicit.span, doc.excerpt(explicit.span), "date"),
        )
        values = {
            "date": explicit.first.isoformat() if explicit.first else None,
            "dateline": doc.dateline.date.isoformat() if doc.dateline else None,
        }
        if d.first is None or d.last is None:
            yield Finding(
                rule_id="date.relative-conflict",
                verdict="uncertain",
                severity="error",
                message=f'"{doc.excerpt(d.span)}" cannot be checked: the text has no dateline',
                evidence=evidence,
                values=values,
            )
            continue
        if explicit.first is None or explicit.last is None:
            continue  # a date that does not exist: nothing to compare it with
        ok = d.first <= explicit.last and explicit.first <= d.last
        resolved = d.first.isoformat() if d.first == d.last else f"{d.first}..{d.last}"
        values["resolved"] = resolved
        yield Finding(
            rule_id="date.relative-conflict",
            verdict="consistent" if ok else "inconsistent",
            severity="error",
            message=(
                f'"{doc.excerpt(d.span)}" is {resolved}, as written'
                if ok
                else f'"{doc.excerpt(d.span)}" is {resolved} by the dateline, '
                f"but the text says {timeml_value(explicit) or explicit.first.isoformat()}"
            ),
            evidence=evidence,
            values=values,
        )


@rule(
    id="date.impossible",
    title="A calendar date exists.",
    severity="error",
    tags=("date",),
    examples=(
        Example("The accord of February 28, 2025 still stands.", "pass", dateline="2025-09-04"),
        Example("The accord was signed on September 31.", "fail", dateline="2025-09-04"),
        Example("The accord was signed on February 29, 2025.", "fail", dateline="2025-09-04"),
    ),
)
def impossible(doc: Document) -> Iterator[Finding]:
    """A calendar date exists: "September 31" never does, "February 29, 2025" not that year.
    Only dates that do not exist are reported: every other date passes without a finding."""
    for d in doc.dates:
        if not d.impossible:
            continue
        written = doc.excerpt(d.span)
        yield Finding(
            rule_id="date.impossible",
            verdict="inconsistent",
            severity="error",
            message=f'"{written}" is not a day of the calendar',
            evidence=(Evidence(d.span, written, "date"),),
            values={"date": written},
        )


@rule(
    id="date.after-dateline",
    severity="error",
    tags=("date",),
    examples=(
        Example(
            "The minister said on September 1 that talks would resume.",
            "pass",
            dateline="2025-09-04",
        ),
        Example(
            "The minister said on September 10 that talks would resume.",
            "fail",
            dateline="2025-09-04",
        ),
        Example("The ministers will meet on September 10.", "pass", dateline="2025-09-04"),
    ),
)
def after_dateline(doc: Document) -> Iterator[Finding]:
    """A calendar date in a past-tense clause ("said on September 10") is not after the
    story's dateline."""
    for d in doc.dates:
        if d.relative or d.tense != "past" or d.tense_span is None or d.impossible:
            continue
        if d.first is None and doc.dateline is not None:
            continue  # a date the calendar does not resolve: date.impossible's concern
        evidence = (
            Evidence(d.span, doc.excerpt(d.span), "date"),
            Evidence(d.tense_span, doc.excerpt(d.tense_span), "tense"),
        )
        if doc.dateline is None or d.first is None:
            yield Finding(
                rule_id="date.after-dateline",
                verdict="uncertain",
                severity="error",
                message=f'"{doc.excerpt(d.span)}" cannot be checked: the text has no dateline',
                evidence=evidence,
                values={"date": None, "dateline": None},
            )
            continue
        dateline = doc.dateline.date
        after = d.first > dateline
        values = {"date": d.first.isoformat(), "dateline": dateline.isoformat()}
        yield Finding(
            rule_id="date.after-dateline",
            verdict="inconsistent" if after else "consistent",
            severity="error",
            message=(
                f'"{doc.excerpt(d.tense_span)}" puts {d.first.isoformat()} in the past, '
                f"but the story is dated {dateline.isoformat()}"
                if after
                else f"{d.first.isoformat()} is on or before the dateline {dateline.isoformat()}"
            ),
            evidence=evidence,
            values=values,
        )


#: Days in each unit an elapsed time is counted in (a Gregorian year and its twelfth).
_UNIT_DAYS = {
    "year": Fraction(146097, 400),
    "month": Fraction(146097, 4800),
    "week": Fraction(7),
    "day": Fraction(1),
}
#: How far short of a whole count an exact "three years after" may fall and still read as
#: written: writers round "two years and eight months" up to three.
_ROUNDING = Fraction(1, 2)


@rule(
    id="date.elapsed-mismatch",
    title="The time said to have passed since a date matches the dateline.",
    severity="error",
    tags=("date",),
    examples=(
        Example(
            "Three years after the February 2022 invasion, the war is still raging.",
            "pass",
            dateline="2025-09-04",
        ),
        Example(
            "Two years after the February 2022 invasion, fighting continues.",
            "fail",
            dateline="2025-09-04",
        ),
        Example(
            "The war, which began in February 2022, is now in its fourth year.",
            "pass",
            dateline="2025-09-04",
        ),
        Example(
            "The war, which began in February 2022, is now in its third year.",
            "fail",
            dateline="2025-09-04",
        ),
    ),
)
def elapsed_mismatch(doc: Document) -> Iterator[Finding]:
    """The time the text says has passed since a date it names ("three years after the
    February 2022 invasion", "now in its fourth year") matches the dateline."""
    for e in doc.elapsed:
        evidence = (
            Evidence(e.span, doc.excerpt(e.span), "elapsed"),
            Evidence(e.since.span, doc.excerpt(e.since.span), "since"),
        )
        if doc.dateline is None or e.since.first is None or e.since.last is None:
            yield Finding(
                rule_id="date.elapsed-mismatch",
                verdict="uncertain",
                severity="error",
                message=f'"{doc.excerpt(e.span)}" cannot be checked: the text has no dateline',
                evidence=evidence,
                values={"dateline": None},
            )
            continue
        dateline = doc.dateline.date
        size = _UNIT_DAYS[e.unit]
        shortest = Fraction((dateline - e.since.last).days) / size
        longest = Fraction((dateline - e.since.first).days) / size
        low, high, high_open = _accepted(e)
        inside = (low is None or shortest >= low) and (
            high is None or longest < high or (not high_open and longest == high)
        )
        apart = (high is not None and (shortest > high or (high_open and shortest == high))) or (
            low is not None and longest < low
        )
        verdict: Verdict = "consistent" if inside else "inconsistent" if apart else "uncertain"
        passed = _in_units(shortest, longest, e.unit)
        written = doc.excerpt(e.span)
        yield Finding(
            rule_id="date.elapsed-mismatch",
            verdict=verdict,
            severity="error",
            message=(
                f'"{written}" fits: {passed} passed from '
                f'"{doc.excerpt(e.since.span)}" to {dateline.isoformat()}'
                if verdict == "consistent"
                else f'"{written}", but {passed} passed from "{doc.excerpt(e.since.span)}" '
                f"to the dateline {dateline.isoformat()}"
            ),
            evidence=evidence,
            values={
                "written": float(e.count.value),
                "unit": e.unit,
                "elapsed_low": round(float(shortest), 2),
                "elapsed_high": round(float(longest), 2),
                "dateline": dateline.isoformat(),
            },
        )


def _accepted(e: Elapsed) -> tuple[Fraction | None, Fraction | None, bool]:
    """The elapsed counts the text allows: (low, high, whether high is excluded). An exact
    count N reads as [N - 1/2, N + 1): at least most of N units, fewer than N + 1."""
    count = e.count
    if e.kind == "ordinal" or count.hedge is not None:
        low = None if count.low is None else Fraction(count.low)
        high = None if count.high is None else Fraction(count.high)
        return low, high, not count.high_inclusive
    n = Fraction(count.value)
    return n - _ROUNDING, n + 1, True


def _in_units(shortest: Fraction, longest: Fraction, unit: str) -> str:
    low, high = f"{float(shortest):.1f}", f"{float(longest):.1f}"
    return f"{low} {unit}s" if low == high else f"{low} to {high} {unit}s"


@rule(
    id="time.zone-mismatch",
    title="A clock time and its conversion are the same moment.",
    severity="error",
    tags=("time",),
    examples=(
        Example(
            "Voting opens at 10 a.m. EDT (1400 GMT) on Thursday.", "pass", dateline="2025-09-04"
        ),
        Example(
            "Voting opens at 10 a.m. EDT (1500 GMT) on Thursday.", "fail", dateline="2025-09-04"
        ),
        Example("Talks begin at 9 a.m. ET (1300 GMT).", "pass", dateline="2025-09-04"),
        Example("Talks begin at 9 a.m. ET (1400 GMT).", "fail", dateline="2025-09-04"),
    ),
)
def zone_mismatch(doc: Document) -> Iterator[Finding]:
    """A clock time and its conversion written beside it ("10 a.m. EDT (1400 GMT)") are the
    same moment in the zones named. A zone that keeps daylight saving ("ET", "UK time") takes
    its offset from the date of the sentence, else the dateline; with neither, either offset
    passes."""
    for c in doc.conversions:
        day = _day_of(doc, c.span.start)
        local = _offsets(doc, c.local.zone, day)
        other = _offsets(doc, c.other.zone, day)
        evidence = (
            Evidence(c.local.span, doc.excerpt(c.local.span), "time"),
            Evidence(c.other.span, doc.excerpt(c.other.span), "conversion"),
        )
        utc = {(c.local.minutes - off) % _DAY for off in local}
        converted = {(c.other.minutes - off) % _DAY for off in other}
        ok = bool(utc & converted)
        expected = sorted({(m + off) % _DAY for m in utc for off in other})
        shown = " or ".join(_clock(m) for m in expected)
        yield Finding(
            rule_id="time.zone-mismatch",
            verdict="consistent" if ok else "inconsistent",
            severity="error",
            message=(
                f'"{doc.excerpt(c.local.span)}" is "{doc.excerpt(c.other.span)}"'
                if ok
                else f'"{doc.excerpt(c.local.span)}" is {shown} {c.other.zone.upper()}, '
                f'not "{doc.excerpt(c.other.span)}"'
            ),
            evidence=evidence,
            values={
                "expected": [_clock(m) for m in expected],
                "written": _clock(c.other.minutes),
                "date": day.isoformat() if day else None,
            },
        )


_DAY = 24 * 60


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}{minutes % 60:02d}"


def _day_of(doc: Document, offset: int) -> dt.date | None:
    """The day a time in the sentence at ``offset`` falls on: a calendar day written in that
    sentence, else the dateline."""
    sentence = doc.sentence_index(offset)
    for d in doc.dates:
        if d.granularity == "day" and d.first is not None and d.first == d.last:
            if doc.sentence_index(d.span.start) == sentence:
                return d.first
    return doc.dateline.date if doc.dateline else None


def _offsets(doc: Document, zone: str, day: dt.date | None) -> set[int]:
    found = doc.lexicon.time_zones.get(tuple(zone.split()))
    if found is None:
        return set()
    standard, summer, switch = found
    if switch == "none" or standard == summer:
        return {standard}
    if day is None:
        return {standard, summer}
    return {summer if _summer_time(day, switch) else standard}


def _summer_time(day: dt.date, switch: str) -> bool:
    """Whether daylight saving is on for the whole of ``day`` under the rule ``switch``:
    "us" from the second Sunday of March to the first Sunday of November, "eu" from the last
    Sunday of March to the last Sunday of October. The day summer time starts counts as
    summer; the day it ends counts as standard time."""
    if switch == "us":
        start = _nth_sunday(day.year, 3, 2)
        end = _nth_sunday(day.year, 11, 1)
    else:
        start = _last_sunday(day.year, 3)
        end = _last_sunday(day.year, 10)
    return start <= day < end


def _nth_sunday(year: int, month: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))


def _last_sunday(year: int, month: int) -> dt.date:
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.weekday() - 6) % 7)
