"""Properties of number reading: round trips to 10^12, hedge intervals, pint conversions."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st
from num2words import num2words

import factcheck
from factcheck.extract.numbers import extract_numbers
from factcheck.lexicon import Lexicon
from factcheck.text import segment
from factcheck.units import canonical_unit, registry

LEX = Lexicon.default()
HEDGES = sorted(LEX.raw["hedges"])
# Readings whose interval holds the written value, and those that exclude it.
HOLDS = {"at-least", "at-most", "about"}


def read(text: str) -> list[factcheck.NumberMention]:
    tokens, _ = segment(text, LEX)
    return [p.mention for p in extract_numbers(tokens, LEX)]


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_digits_and_words_round_trip_to_a_trillion(n: int) -> None:
    for written in (str(n), f"{n:,}", num2words(n)):
        (mention,) = read(written)
        assert mention.amount.value == n
        assert mention.span.slice(written) == written


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(HEDGES), st.integers(min_value=1, max_value=10**9))
def test_hedge_intervals_hold_the_written_value_where_they_should(hedge: str, n: int) -> None:
    text = f"Officials said {hedge} {n:,} people were evacuated."
    (mention,) = read(text)
    amount = mention.amount
    assert amount.hedge == hedge
    reading = LEX.raw["hedges"][hedge]
    assert amount.contains(n) == (reading in HOLDS)
    # Every interval is on the side the hedge says.
    if amount.low is not None:
        assert amount.low <= n
    if amount.high is not None:
        assert amount.high >= n


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(sorted(set(LEX.raw["units"].values()))),
    st.floats(min_value=-1e6, max_value=1e6, allow_nan=False),
)
def test_every_unit_round_trips_through_pint(expression: str, magnitude: float) -> None:
    ureg = registry()
    unit = ureg.Unit(canonical_unit(expression))
    quantity = ureg.Quantity(magnitude, unit)
    back = quantity.to_base_units().to(unit)
    assert math.isclose(back.magnitude, magnitude, rel_tol=1e-9, abs_tol=1e-9)
