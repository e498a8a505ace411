"""Dates written as TimeML values, the form temporal taggers and their test sets use.

``timeml_value(mention)`` gives "1998-01-08" for a day, "1998-W02" for a week, "1998-01"
for a month, "1998-Q1" for a quarter, "1998-SU" for a season, "1998" for a year, "199"
for a decade, "19" for a century and "PRESENT_REF" / "PAST_REF" / "FUTURE_REF" for "now",
"recently" and "the future". A mention that could not be resolved has no value.

``timeml_timexes(mention)`` gives the span and value of each TIMEX3 TimeML would write for
a mention: one, or one per end of a range ("from Aug. 26 to Oct. 20" is two dates there).
"""

from __future__ import annotations

from factcheck.model import DateMention, Span

_SEASONS = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}


def timeml_value(mention: DateMention) -> str | None:
    """The TimeML ``value`` of a date mention, or ``None`` when it is unresolved."""
    if mention.reference is not None:
        return f"{mention.reference.upper()}_REF"
    first = mention.first
    if first is None:
        return None
    granularity = mention.granularity
    if granularity in ("day", "night"):
        return first.isoformat()
    if granularity in ("week", "weekend"):
        year, week, _ = first.isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if granularity == "weekend" else "")
    if granularity == "month":
        return f"{first.year:04d}-{first.month:02d}"
    if granularity == "quarter":
        return f"{first.year:04d}-Q{(first.month - 1) // 3 + 1}"
    if granularity == "half":
        return f"{first.year:04d}-H{1 if first.month <= 6 else 2}"
    if granularity == "season":
        return f"{first.year:04d}-{_SEASONS.get(first.month, 'FA')}"
    if granularity == "year":
        return f"{first.year:04d}"
    if granularity == "decade":
        return f"{first.year // 10:03d}"
    return f"{first.year // 100:02d}"  # century


def timeml_timexes(mention: DateMention) -> tuple[tuple[Span, str | None], ...]:
    """The span and TimeML value of each date TimeML would tag in ``mention``: the two ends
    of a range written with both ("from May to July", "between 1985 and 1987"), else the
    mention itself ("since February 2022" is tagged whole, with its start's value)."""
    start, end = mention.range_start, mention.range_end
    if start is not None and end is not None:
        return ((start.span, timeml_value(start)), (end.span, timeml_value(end)))
    return ((mention.span, timeml_value(mention)),)
