"""Number forms met in news and in public number-extraction test suites: scale suffixes,
scientific notation and powers, grouped digits, signs written as words, fractions joined to
scale words, spoken decimals and ratios written with "over"."""

from __future__ import annotations

from fractions import Fraction

import pytest

import factcheck
from tests.test_numbers import numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Its follower count passed 100k last week.", [("100k", 100_000)]),
        ("The fund raised 10M in its opening round.", [("10M", 10_000_000)]),
        ("Revenue reached 1.2b in the quarter.", [("1.2b", 1_200_000_000)]),
        ("The trader booked a 1MM notional on the swap.", [("1MM", 1_000_000)]),
        ("A 2mil grant went to the clinic.", [("2mil", 2_000_000)]),
        ("Debt could reach 10 tln by then.", [("10 tln", 10_000_000_000_000)]),
        ("The wall is 2m high.", [("2m", 2)]),
        ("Flat 12b was empty.", []),
    ],
)
def test_scale_suffixes(text: str, expected: object) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The sample held 1e10 cells.", [("1e10", 10**10)]),
        ("The star is 1.3e6 km across.", [("1.3e6", 1_300_000)]),
        ("The constant is 6.02e+23, the paper said.", [("6.02e+23", 602 * 10**21)]),
        ("Its mass fell to 2e-3 grams.", [("2e-3", Fraction(1, 500))]),
        ("The model grew by 1.1^23 over the run.", [("1.1^23", Fraction(11, 10) ** 23)]),
        ("The rate was 2.5^-1 at the end.", [("2.5^-1", Fraction(2, 5))]),
        ("About 1.3x10^6 people applied.", [("About 1.3x10^6", 1_300_000)]),
        ("A dose of 6.23x10^-4 grams is lethal.", [("6.23x10^-4", Fraction(623, 10**6))]),
    ],
)
def test_scientific_notation_and_powers(text: str, expected: object) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China's population is 1 414 021 100.", [("1 414 021 100", 1_414_021_100)]),
        ("Some 40 000 people marched.", [("Some 40 000", 40_000)]),
        ("The bill was Rs 12,34,567.89 in all.", [("12,34,567.89", Fraction(123456789, 100))]),
        ("In 2019 300 people signed it.", [("300", 300)]),
    ],
)
def test_grouped_digits(text: str, expected: list[tuple[str, object]]) -> None:
    assert [r for r in numbers(text) if r[0] != "2019"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The answer is negative one.", [("negative one", -1)]),
        ("Overnight lows of negative 20 were recorded.", [("negative 20", -20)]),
        ("The ratio fell to -4/5 overnight.", [("-4/5", Fraction(-4, 5))]),
        ("The score was naught.", [("naught", 0)]),
    ],
)
def test_signs_in_words_and_signed_fractions(text: str, expected: object) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A quarter million people fled.", [("A quarter million", 250_000)]),
        ("Half million eggs were broken.", [("Half million", 500_000)]),
        (
            "Two thirds of a million voters stayed home.",
            [("Two thirds of a million", 2 * 10**6 / Fraction(3))],
        ),
        ("The population is 3 million and a half.", [("3 million and a half", 3_500_000)]),
        ("They have two million and one half.", [("two million and one half", 2_500_000)]),
        (
            "I counted six million and two thirds.",
            [("six million and two thirds", Fraction(20_000_000, 3))],
        ),
        (
            "Value is one billion and a half million.",
            [("one billion and a half million", 1_000_500_000)],
        ),
        (
            "It weighs one hundred and three quarters.",
            [("one hundred and three quarters", Fraction(403, 4))],
        ),
        (
            "It is two hundred and fifty-four hundredths.",
            [("two hundred and fifty-four hundredths", Fraction(10027, 50))],
        ),
        ("More than half people came.", [("More than half", Fraction(1, 2))]),
    ],
)
def test_fractions_joined_to_whole_numbers_and_scales(text: str, expected: object) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He bought 3 dozens eggs.", [("3 dozens", 36)]),
        ("They packed three hundred and two dozens.", [("three hundred and two dozens", 324)]),
        ("I can give you 3 hundred and 21 yuan.", [("3 hundred and 21", 321)]),
        ("4 thousand 3 hundred and 21 is a valid number.", [("4 thousand 3 hundred and 21", 4321)]),
        ("I count 6 crore and two hundred.", [("6 crore and two hundred", 60_000_200)]),
        (
            "It is two hundred point seventy-one.",
            [("two hundred point seventy-one", Fraction(20071, 100))],
        ),
        ("The total is nought point eleven.", [("nought point eleven", Fraction(11, 100))]),
    ],
)
def test_digits_and_words_together(text: str, expected: object) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The odds are one over three.", [("one over three", Fraction(1, 3))]),
        ("The result is 2000 over 3.", [("2000 over 3", Fraction(2000, 3))]),
        ("Prices rose 10 over 3 years.", [("10", 10), ("over 3", 3)]),
        ("He won by over three points.", [("over three", 3)]),
    ],
)
def test_ratios_with_over(text: str, expected: list[tuple[str, object]]) -> None:
    assert numbers(text) == expected


def test_phone_number_is_no_fraction() -> None:
    assert ("2222/2222", 1) not in numbers("Call +1-222-2222/2222 today.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The package is worth three lakh crore rupees.", [("three lakh crore", 3 * 10**12)]),
        ("The tally read fifty - two.", [("fifty - two", 52)]),
        ("Only one - fourth voted.", [("one - fourth", Fraction(1, 4))]),
        ("Turnout was five - eighths.", [("five - eighths", Fraction(5, 8))]),
        ("The stake fell by a fifth.", [("a fifth", Fraction(1, 5))]),
        ("She sought a fifth term.", []),
        ("4 thousand 3 hundred and 0 are valid.", [("4 thousand 3 hundred", 4300), ("0", 0)]),
    ],
)
def test_scales_of_scales_spaced_hyphens_and_closing_shares(text: str, expected: object) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("It was 1e308 atoms.", ["1e308"]),
        ("It was 1e309 atoms and 5 drones.", ["5"]),
        ("It was 2e+309 atoms.", []),
        ("There are 9^999 ways.", []),
        ("about 10^80 atoms", ["about 10^80"]),
    ],
)
def test_a_figure_beyond_any_float_is_left_alone_whole(text: str, read: list[str]) -> None:
    # Never "9" and "999" read apart: the whole power is consumed and left alone.
    assert [n.span.slice(text) for n in factcheck.check(text).numbers] == read


@pytest.mark.parametrize(
    "text",
    [
        "1 " + "000 " * 1500 + "drones",  # past Python's 4,300-digit int limit
        "a 1/" + "7" * 5000 + " share",
        "Some 1.7e308 drones",  # a hedge would stretch it past the largest float
    ],
)
def test_figures_past_any_limit_are_left_alone_and_crash_nothing(text: str) -> None:
    report = factcheck.check(text)
    assert not [f.message for f in report.findings if f.verdict == "error"]
    assert all(len(n.span.slice(text)) < 50 for n in report.numbers)
    assert report.quantities == () or all(q.amount.value < 10**308 for q in report.quantities)
