"""Money in minor units and in two parts, prefixed dollar signs, and measures written in two
units or as rates."""

from __future__ import annotations

from fractions import Fraction

import pytest

import factcheck


def quantities(text: str) -> list[tuple[str, object, str | None]]:
    report = factcheck.check(text, dateline="2025-09-04")
    return [(q.span.slice(text), q.amount.value, q.unit) for q in report.quantities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shares fell 34 cents to close at $12.10.",
            [("34 cents", Fraction(34, 100), "USD"), ("$12.10", Fraction(121, 10), "USD")],
        ),
        ("The bid is 470 pence a share.", [("470 pence", Fraction(47, 10), "GBP")]),
        ("A loaf now costs 50p more.", [("50p", Fraction(1, 2), "GBP")]),
        ("It only cost 3 dollars 50 cents.", [("3 dollars 50 cents", Fraction(7, 2), "USD")]),
        (
            "It cost thirteen dollars and forty-five cents.",
            [("thirteen dollars and forty-five cents", Fraction(1345, 100), "USD")],
        ),
        (
            "It only cost thirteen dollars forty five",
            [("thirteen dollars forty five", Fraction(1345, 100), "USD")],
        ),
        ("The charge is c $ 300 million.", [("c $ 300 million", 300_000_000, "CAD")]),
        (
            "Sales rose to HK$10.05 billion.",
            [("HK$10.05 billion", Fraction(1005, 100) * 10**9, "HKD")],
        ),
        ("Sell Mex$ 10 million forward.", [("Mex$ 10 million", 10_000_000, "MXN")]),
        ("Tickets cost AUD$15 each.", [("AUD$15", 15, "AUD")]),
        ("He paid a $5 fee.", [("$5", 5, "USD")]),
        ("Exports reached RMB 10 billion.", [("RMB 10 billion", 10_000_000_000, "CNY")]),
        ("He sent 10 turkish lira home.", [("10 turkish lira", 10, "TRY")]),
        ("The supply limit is ₿21,000,000.", [("₿21,000,000", 21_000_000, "BTC")]),
    ],
)
def test_money(text: str, expected: object) -> None:
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He is 5 feet 2 inches tall.", [("5 feet 2 inches", Fraction(31, 6), "foot")]),
        ("The length is 12 ft 2 in more or less.", [("12 ft 2 in", Fraction(73, 6), "foot")]),
        ("He is 5 feet and 2 inches.", [("5 feet and 2 inches", Fraction(31, 6), "foot")]),
        ("Winds reached 10km/hr at dawn.", [("10km/hr", 10, "kilometer / hour")]),
        (
            "Pulses moved at 50 meters per millisecond.",
            [("50 meters per millisecond", 50, "meter / millisecond")],
        ),
        ("The plot covers 24703m2 of land.", [("24703m2", 24703, "meter ** 2")]),
        ("He walked 5 feet in the rain.", [("5 feet", 5, "foot")]),
    ],
)
def test_measures_in_two_units_and_rates(text: str, expected: object) -> None:
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Losses topped 30 MUSD last year.", [("30 MUSD", 30_000_000, "USD")]),
        ("Revenue was MAUD 60 in all.", [("MAUD 60", 60_000_000, "AUD")]),
        ("They lost 75 USD million.", [("75 USD million", 75_000_000, "USD")]),
        ("It pays a 12-cent-a-share dividend.", [("12-cent-a-share", Fraction(12, 100), "USD")]),
        ("The prize is u.s $ 100,000,000 this week.", [("$ 100,000,000", 100_000_000, "USD")]),
    ],
)
def test_codes_with_scales_hyphened_minor_units_and_dotted_prefixes(
    text: str, expected: object
) -> None:
    assert quantities(text) == expected


def test_percentage_points_are_a_unit_apart_from_percent() -> None:
    text = "Support rose 2 percentage points to 45 percent."
    assert quantities(text) == [
        ("2 percentage points", 2, "percentage_point"),
        ("45 percent", 45, "percent"),
    ]
