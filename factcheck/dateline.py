"""The dateline: the day a story is written from, given by the caller or read from its header.

Relative dates ("on Wednesday", "yesterday") mean nothing without it, so the forms that
wire copy and flattened metadata use are recognized here, each with the span it came from.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from factcheck.errors import DatelineError
from factcheck.lexicon import Lexicon
from factcheck.model import Dateline, Span

# "date 2025-09-04" or "Date: 2025-09-04" at the very start, alone on its line or running
# straight into the first sentence when metadata is flattened into the body.
_HEADER = re.compile(r"\A\ufeff?\s*date\s*[:=]?\s*(\d{4})-(\d{2})-(\d{2})\b", re.IGNORECASE)
_HEADER_LINE = 100  # longest first line still read as a header
# A date opens a header line, alone or after a label, perhaps after a weekday and before a
# time: "Published: 2025-09-04", "Updated 4 September 2025 10:32 BST", "Thursday 4
# September 2025 09.12 BST", "Sept. 4, 2025".
_HEADER_DATE = re.compile(
    r"(?P<label>(?:last\s+)?(?:published|updated|posted|filed|dated|date|created|modified)\b"
    r"[\s:=-]*(?:on\s+)?)?"
    r"(?:(?P<weekday>[A-Za-z]{6,9}),?\s+)?"
    r"(?:(?P<iso>(?P<y0>\d{4})-(?P<m0>\d{2})-(?P<d0>\d{2}))(?![\d-])"
    r"|(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>[A-Za-z]{3,9})\.?,?\s+(?P<y1>\d{4})\b"
    r"|(?P<m2>[A-Za-z]{3,9})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4})\b)",
    re.IGNORECASE,
)
_HEADER_LINES = 5  # header lines read before the story starts
# After an unlabelled date a header line holds a time and a zone at most ("10:32 a.m. ET",
# "09.12 BST"); a word of prose after it makes the line a sentence.
_RUNNING_WORD = re.compile(r"\b(?!(?:at|am|pm|on|updated|published|last)\b)[a-z]{3,}\b")
# "KYIV, Sept 4 (Reuters) -": a capitalized place, a month and day, an agency in brackets.
_WIRE = re.compile(
    r"\ufeff?[^\S\n]*[A-Z][A-Za-z .'\u2019-]{1,60}?,\s*"
    r"(?:(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})"  # Sept 4
    r"|(?P<day2>\d{1,2})\s+(?P<month2>[A-Z][a-z]{2,8})\.?)"  # 4 Sept
    r"(?:,?\s*(?P<year>\d{4}))?\s*\((?P<agency>[^()\n]{1,30})\)\s*[-\u2013\u2014]"
)


def check_year(year: object) -> int | None:
    """Validate the ``year=`` hint: None or an int the calendar knows (1..9999)."""
    if year is None:
        return None
    if isinstance(year, bool) or not isinstance(year, int) or not dt.MINYEAR <= year <= dt.MAXYEAR:
        raise DatelineError(f"year must be an int from 1 to 9999, got {year!r}")
    return year


def parse_dateline_argument(value: object) -> dt.date:
    """A date from ``dateline=``: a date, a datetime or an ISO 8601 string."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
        try:
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            pass
        raise DatelineError(f"dateline must be an ISO date like '2025-09-04', got {value!r}")
    raise DatelineError(
        f"dateline must be a date, a datetime or an ISO date string, got {type(value).__name__}"
    )


def detect_dateline(
    text: str, lexicon: Lexicon, *, year: int | None = None, today: dt.date | None = None
) -> Dateline | None:
    """The dateline written at the head of ``text``, or None when it gives none.

    A wire opener without a year ("KYIV, Sept 4 (Reuters) -") takes ``year`` if given,
    else the latest year in which that day is not after ``today``: stories are read after
    they are written. When the story writes the weekday of that day ("said on Thursday,
    Sept. 4"), the latest such year in which the day falls on that weekday wins: the story
    names its own year.
    """
    m = _HEADER.match(text)
    if m:
        found = _date(int(m[1]), int(m[2]), int(m[3]))
        if found:
            return Dateline(found, "text", Span(m.start(1), m.end(3)))
    for m in _wire_openers(text):
        if m["agency"].strip() not in lexicon.agencies:
            continue
        month_group = "month" if m["month"] else "month2"
        day_group = "day" if m["day"] else "day2"
        month = lexicon.months.get(m[month_group].lower())
        if month is not None:
            day = int(m[day_group])
            if m["year"]:
                found = _date(int(m["year"]), month, day)
            else:
                weekday = _weekday_written(text, month, day, lexicon)
                found = _plausible(month, day, year, today or dt.date.today(), weekday)
            if found:
                return Dateline(
                    found,
                    "text",
                    Span(
                        min(m.start(month_group), m.start(day_group)),
                        m.end("year") if m["year"] else max(m.end(month_group), m.end(day_group)),
                    ),
                )
    return _header_line_date(text, lexicon)


def _wire_openers(text: str) -> list[re.Match[str]]:
    """Wire openers at the start of the text or of one of the first few lines: a headline
    may stand above "KYIV, Sept 4 (Reuters) -"."""
    found = []
    start = 0
    for _ in range(_HEADER_LINES + 1):
        m = _WIRE.match(text, start)
        if m:
            found.append(m)
        newline = text.find("\n", start, start + 2 * _HEADER_LINE)
        if newline < 0:
            break
        start = newline + 1
    return found


def _header_line_date(text: str, lexicon: Lexicon) -> Dateline | None:
    """A date opening one of the short lines above the story ("Published 2025-09-04 10:32",
    "By Jane Doe" then "Updated: 4 September 2025"): never one inside the story's first
    sentence, which may date anything. The first such line wins."""
    offset = 0
    for number, line in enumerate(text.split("\n")):
        if number >= _HEADER_LINES:
            break
        body = line.lstrip("\ufeff \t\r")
        start = offset + len(line) - len(body)
        offset += len(line) + 1
        if not body.strip():
            continue
        if len(body) > _HEADER_LINE or offset > len(text):
            break  # the story has started; a last line without a newline is no header
        m = _HEADER_DATE.match(body)
        if m is None or (m["label"] is None and _RUNNING_WORD.search(body, m.end())):
            continue  # "May 4, 2025 was a day." opens a sentence, not a header
        weekday = m["weekday"]
        if weekday is not None and weekday.lower() not in lexicon.weekdays:
            continue
        found = _header_match_date(m, lexicon)
        if found is not None:
            group = next(g for g in ("iso", "d1", "m2") if m[g] is not None)
            end_group = {"iso": "iso", "d1": "y1", "m2": "y2"}[group]
            span = Span(start + m.start(group), start + m.end(end_group))
            return Dateline(found, "text", span)
    return None


def _header_match_date(m: re.Match[str], lexicon: Lexicon) -> dt.date | None:
    if m["iso"] is not None:
        return _date(int(m["y0"]), int(m["m0"]), int(m["d0"]))
    day, month, year = (m["d1"], m["m1"], m["y1"]) if m["d1"] else (m["d2"], m["m2"], m["y2"])
    number = lexicon.months.get(month.lower())
    if number is None:
        return None
    return _date(int(year), number, int(day))


def written_order(text: str, dateline: Dateline | None) -> Literal["mdy", "dmy"] | None:
    """How the story writes dates, as its dateline shows: "Sept 4" is month first, "4
    September" day first; an ISO date or a dateline given by the caller says nothing."""
    if dateline is None or dateline.span is None:
        return None
    written = dateline.span.slice(text)
    if not re.search(r"[A-Za-z]", written):
        return None
    return "dmy" if written[:1].isdigit() else "mdy"


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _plausible(
    month: int, day: int, year: int | None, today: dt.date, weekday: int | None = None
) -> dt.date | None:
    if year is not None:
        return _date(year, month, day)
    if weekday is not None:
        # The weekday repeats every five to eleven years: look back further than below.
        for y in range(today.year, today.year - _WEEKDAY_YEARS, -1):
            found = _date(y, month, day)
            if found and found <= today and found.weekday() == weekday:
                return found
    for y in (today.year, today.year - 1, today.year - 2, today.year - 3, today.year - 4):
        found = _date(y, month, day)
        if found and found <= today:
            return found
    return None


#: How many years back a weekday written in the story may set the year of its dateline.
_WEEKDAY_YEARS = 12


def _weekday_written(text: str, month: int, day: int, lexicon: Lexicon) -> int | None:
    """The weekday the story writes right before the dateline's day ("Thursday, Sept. 4",
    "Thursday (Sept. 4)"), if it writes one."""
    for m in _WEEKDAY_DATE.finditer(text):
        weekday = lexicon.weekdays.get(m[1].lower())
        if weekday is None or lexicon.months.get(m[2].lower()) != month or int(m[3]) != day:
            continue
        return weekday
    return None


_WEEKDAY_DATE = re.compile(r"\b([A-Z][a-z]+day)\s*[,(]?\s*([A-Z][a-z]+)\.?\s+(\d{1,2})\b")
