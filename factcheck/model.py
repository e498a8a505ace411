"""The data model: small frozen records that every stage of the pipeline shares.

Offsets are code points into the ORIGINAL text, half-open ``[start, end)``, so
``text[span.start:span.end]`` is always the evidence a reader should see.

The records have no weak-reference slot (``weakref_slot=False``): a 10 MB archive holds
millions of them, and the slot no one uses costs 8 bytes on each.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from fractions import Fraction
from typing import Any, Literal

import attrs

#: A number as the library stores it: ints stay ints, anything else is exact.
Value = int | Fraction

Verdict = Literal["consistent", "uncertain", "inconsistent", "error"]
Severity = Literal["error", "warning", "info"]
Granularity = Literal[
    "day",
    "night",
    "week",
    "weekend",
    "month",
    "quarter",
    "half",
    "season",
    "year",
    "decade",
    "century",
]
Reference = Literal["past", "present", "future"]
Tense = Literal["past", "future", "unknown"]
NumberKind = Literal["cardinal", "ordinal", "percent", "fraction", "multiplier"]


def normalize(value: Value | float) -> Value:
    """Collapse a whole Fraction to an int: "seven" is ``7``, not ``Fraction(7)``."""
    if isinstance(value, float):
        value = Fraction(value)
    if isinstance(value, Fraction) and value.denominator == 1:
        return int(value.numerator)
    return value


@attrs.frozen(slots=True, weakref_slot=False, order=True)
class Span:
    """A half-open ``[start, end)`` range of code points into the original text."""

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def slice(self, text: str) -> str:
        return text[self.start : self.end]

    def cover(self, other: Span) -> Span:
        """The smallest span holding both."""
        return Span(min(self.start, other.start), max(self.end, other.end))

    def to_utf16(self, text: str) -> tuple[int, int]:
        """The span in UTF-16 code units of ``text``, as JavaScript and LSP clients count:
        an emoji before it counts twice. For many spans of one text, build one
        :class:`factcheck.offsets.Utf16Offsets` instead."""
        from factcheck.offsets import Utf16Offsets

        units = Utf16Offsets(text[: self.end])
        return units(self.start), units(self.end)


@attrs.frozen(slots=True, weakref_slot=False)
class Amount:
    """A number as an interval: what the writer committed to, hedges included.

    ``low``/``high`` of ``None`` mean an open end ("at least seven" -> ``[7, None)``).
    """

    value: Value
    low: Value | None
    high: Value | None
    low_inclusive: bool = True
    high_inclusive: bool = True
    hedge: str | None = None

    @classmethod
    def exact(cls, value: Value) -> Amount:
        """The amount of a figure written with no hedge. One object for each value
        recently asked for: an archive writes the same figures (years, small counts) many
        thousands of times, and a record cannot change."""
        if cls is not Amount:
            v = normalize(value)
            return cls(v, v, v)
        return _exact(value)

    def affine(self, factor: Value, offset: Value = 0) -> Amount:
        """The interval times a positive ``factor`` plus ``offset``: "50 cents" in dollars
        is ``amount.affine(Fraction(1, 100))``."""
        if factor <= 0:
            raise ValueError(f"factor must be positive, got {factor}")

        def move(x: Value | None) -> Value | None:
            return None if x is None else normalize(Fraction(x) * factor + offset)

        value = normalize(Fraction(self.value) * factor + offset)
        return attrs.evolve(self, value=value, low=move(self.low), high=move(self.high))

    @property
    def is_exact(self) -> bool:
        return self.low == self.high == self.value and self.hedge is None

    def contains(self, x: Value) -> bool:
        if self.low is not None and (x < self.low or (x == self.low and not self.low_inclusive)):
            return False
        return not (
            self.high is not None
            and (x > self.high or (x == self.high and not self.high_inclusive))
        )


@functools.lru_cache(maxsize=4096, typed=True)  # typed: Fraction(1) is not True
def _exact(value: Value) -> Amount:
    v = normalize(value)
    return Amount(v, v, v)


@attrs.frozen(slots=True, weakref_slot=False)
class NumberMention:
    """A number written in the text, in digits or words."""

    span: Span
    amount: Amount
    kind: NumberKind = "cardinal"


@attrs.frozen(slots=True, weakref_slot=False)
class Quantity:
    """A number together with what it counts or measures, and the event that governs it.

    ``whole`` links a partitive part to its whole ("430 of the 502 drones", "28 out of 31").
    """

    span: Span
    number: NumberMention
    unit: str | None = None
    noun: str | None = None
    noun_span: Span | None = None
    role: str | None = None
    role_span: Span | None = None
    whole: Quantity | None = None
    cumulative: bool = False
    """A running total ("since the war began", "so far"), not the count of one event."""
    measure: Amount | None = None
    """The amount in ``unit`` when the words around the number change it: "50 cents" is
    0.50 USD, "5 feet 2 inches" is 5 1/6 foot. ``None`` when it is the number's own."""

    @property
    def amount(self) -> Amount:
        """How much of ``unit`` (or how many of ``noun``) the quantity states."""
        return self.number.amount if self.measure is None else self.measure


@attrs.frozen(slots=True, weakref_slot=False)
class DateMention:
    """A date or day range written in the text, resolved against the dateline.

    ``first``/``last`` are ``None`` when the text names a date that does not exist
    ("September 31") or that cannot be resolved without a dateline.
    """

    span: Span
    first: dt.date | None
    last: dt.date | None
    granularity: Granularity
    relative: bool
    weekday: int | None = None
    weekday_span: Span | None = None
    tense: Tense = "unknown"
    explicit: DateMention | None = None
    """For a relative day: the calendar date written right beside it ("yesterday, Sept 3")."""
    reference: Reference | None = None
    """A time named only by its side of the dateline: "now" (present), "recently" (past),
    "in the future" (future). ``first``/``last`` are the dateline for "now" and ``None``
    for the other two, which name no day."""
    impossible: bool = False
    """The text names a day that no calendar has: "September 31", "February 29, 2025"."""
    tense_span: Span | None = None
    """The word that gave ``tense`` ("said", "will"), when one did."""
    range_start: DateMention | None = None
    """For a range ("from May to July", "since February 2022"): the date it runs from, as
    written; ``first``/``last`` cover the whole range."""
    range_end: DateMention | None = None
    """For a range with two ends ("from May to July"): the date it runs to, as written."""
    worked_out: bool = False
    """The day or week is worked out from the words around a weekday or a day ("the first
    Tuesday in November", "the week of Sept. 15", "a week from Monday"), not written as a
    calendar date: no date written beside it is compared with it."""


@attrs.frozen(slots=True, weakref_slot=False)
class ClockTime:
    """A time of day with the zone written after it: "10 a.m. EDT", "1400 GMT"."""

    span: Span
    minutes: int
    """Minutes after midnight, 0 to 1439."""
    zone: str
    """The zone as the lexicon names it, in lower case: "edt", "gmt", "kyiv time"."""
    zone_span: Span


@attrs.frozen(slots=True, weakref_slot=False)
class TimeConversion:
    """A clock time and the same moment in another zone written beside it:
    "10 a.m. EDT (1400 GMT)"."""

    span: Span
    local: ClockTime
    other: ClockTime


@attrs.frozen(slots=True, weakref_slot=False)
class Change:
    """A figure said to rise or fall: "profit rose 33 percent to $643 million from $482.5
    million" (by percent, after, before), "the index fell 120 points, or 1.5%, to 7,880"."""

    span: Span
    direction: Literal["up", "down"]
    verb_span: Span
    by: Quantity | None = None
    by_percent: Quantity | None = None
    before: Quantity | None = None
    after: Quantity | None = None


ElapsedKind = Literal["after", "ordinal"]


@attrs.frozen(slots=True, weakref_slot=False)
class Elapsed:
    """A stretch of time the text says has passed from a date it names to the dateline:
    "three years after the February 2022 invasion" (``after``), or "now in its fourth
    year" with the war's start named nearby (``ordinal``: the fourth year is [3, 4))."""

    span: Span
    count: Amount
    unit: str
    """ "year", "month", "week" or "day"."""
    since: DateMention
    kind: ElapsedKind


@attrs.frozen(slots=True, weakref_slot=False)
class Enumeration:
    """A stated count followed by the items it announces.

    ``complete`` is False when the list is introduced as a sample ("including").
    """

    span: Span
    stated: Quantity
    items: tuple[Span, ...]
    count: Amount
    complete: bool
    numeric: bool = False
    """Every item is a figure ("11 over Belgorod, 28 over Voronezh"): the list breaks a
    total into parts, checked by ``quantity.sum-mismatch``."""


@attrs.frozen(slots=True, weakref_slot=False)
class Dateline:
    """The day the story is written from, and where that came from."""

    date: dt.date
    source: Literal["argument", "text"]
    span: Span | None = None


@attrs.frozen(slots=True, weakref_slot=False)
class Sentence:
    span: Span
    paragraph: int


@attrs.frozen(slots=True, weakref_slot=False)
class Evidence:
    """A piece of text a finding rests on, with what it is (``"part"``, ``"whole"``...)."""

    span: Span
    text: str
    label: str | None = None


@attrs.frozen(slots=True, weakref_slot=False)
class Finding:
    """One verdict of one rule on one place in the text."""

    rule_id: str
    verdict: Verdict
    severity: Severity
    message: str
    evidence: tuple[Evidence, ...] = ()
    values: Mapping[str, Any] = attrs.field(factory=dict)

    @property
    def is_problem(self) -> bool:
        return self.verdict != "consistent"

    @property
    def start(self) -> int:
        """Where the finding points: its first piece of evidence (the claim checked)."""
        return self.evidence[0].span.start if self.evidence else 0
