"""Sentences a review found misread, each pinned to the reading news means."""

from __future__ import annotations

from fractions import Fraction

import pytest

import factcheck

D = "2025-09-04"


def numbers(text: str) -> list[tuple[str, object, str]]:
    report = factcheck.check(text, dateline=D)
    return [(n.span.slice(text), n.amount.value, n.kind) for n in report.numbers]


def quantities(text: str) -> list[tuple[str, str | None, str | None]]:
    report = factcheck.check(text, dateline=D)
    return [(q.span.slice(text), q.unit, q.noun) for q in report.quantities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The budget is ₹2.5 lakh crore.", [("2.5 lakh crore", 2_500_000_000_000, "cardinal")]),
        ("Rates rose 2 percentage points.", [("2", 2, "cardinal")]),
        (
            "The shares fell 5 and a half percent.",
            [("5 and a half percent", Fraction(11, 2), "percent")],
        ),
        ("The economy grew after two quarters of decline.", [("two", 2, "cardinal")]),
        ("Both said the talks were useful.", []),
        ("Neither the president nor the prime minister attended.", []),
        ("One said the shelling lasted all night.", []),
        ("It happened three times last week.", [("three", 3, "cardinal")]),
        ("Exports were three times higher.", [("three times", 3, "multiplier")]),
        ("One in five adults smoke.", [("One in five", Fraction(1, 5), "fraction")]),
    ],
)
def test_numbers_read_as_news_means_them(text: str, expected: object) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police found 2 million pounds of explosives.", [("2 million pounds", "pound", None)]),
        ("Profit reached 361 million pounds.", [("361 million pounds", "GBP", None)]),
        ("The No. 1 seed lost in straight sets.", []),
        ("Both pilots survived.", [("Both pilots", None, "pilot")]),
    ],
)
def test_quantities_read_as_news_means_them(text: str, expected: object) -> None:
    assert quantities(text) == expected


def test_abbreviated_months_and_rupees_keep_their_numbers() -> None:
    report = factcheck.check("The attack on Jan.6 cost Rs.500 crore.", dateline=D)
    assert [(d.first.month, d.first.day) for d in report.dates if d.first] == [(1, 6)]
    assert [n.amount.value for n in report.numbers] == [6, 5_000_000_000]


@pytest.mark.parametrize(
    ("text", "verdicts"),
    [
        ("The mayor won 5,210 of the 9,800 votes cast, or 53%.", ["consistent"]),
        ("The mayor won 5,210 of the 9,800 votes cast, or 63%.", ["inconsistent"]),
        ("They shot down 430 of the 502 drones launched (86%).", ["consistent"]),
        # A word that goes on with the sentence is no end of the pair's phrase.
        ("They shot down 430 of the 502 drones while 60% of missiles hit.", []),
    ],
)
def test_a_percentage_after_the_pair_s_closing_word_restates_it(
    text: str, verdicts: list[str]
) -> None:
    # From a new user's walkthrough: "votes cast, or 53%" was never paired.
    report = factcheck.check(text, dateline="2025-09-04")
    found = [f.verdict for f in report.findings if f.rule_id == "quantity.percent-mismatch"]
    assert found == verdicts
