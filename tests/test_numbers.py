from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from num2words import num2words

import factcheck
from factcheck.extract.numbers import extract_numbers
from factcheck.lexicon import Lexicon
from factcheck.text import segment
from tests.strategies import counts

LEX = Lexicon.default()


def numbers(text: str) -> list[tuple[str, object]]:
    tokens, _ = segment(text, LEX)
    return [
        (p.mention.span.slice(text), p.mention.amount.value) for p in extract_numbers(tokens, LEX)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("502", 502),
        ("1,234.5", Fraction(2469, 2)),
        ("1\u202f000", 1000),
        ("seven", 7),
        ("twenty-four", 24),
        ("three hundred and two", 302),
        ("a dozen", 12),
        ("two dozen", 24),
        ("a hundred", 100),
        ("1.5 million", 1_500_000),
        ("one million, two hundred thousand", 1_200_000),
        ("nine hundred ninety-nine", 999),
        ("twenty four", 24),
    ],
)
def test_single_number(text: str, expected: object) -> None:
    assert numbers(text) == [(text, expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("seven four", [("seven", 7), ("four", 4)]),
        ("502 drones and 24 missiles", [("502", 502), ("24", 24)]),
        ("three thousand two thousand", [("three thousand", 3000), ("two thousand", 2000)]),
    ],
)
def test_adjacent_numbers_stay_apart(text: str, expected: object) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "low", "high", "low_inc", "high_inc", "hedge"),
    [
        ("at least seven", 7, None, True, True, "at least"),
        ("more than 200", 200, None, False, True, "more than"),
        ("up to 40", 0, 40, True, True, "up to"),
        ("fewer than 10", 0, 10, True, False, "fewer than"),
        ("about 100", 90, 110, True, True, "about"),
        ("nearly 50", 45, 50, True, False, "nearly"),
        ("no more than 5", 0, 5, True, True, "no more than"),
    ],
)
def test_hedges_become_intervals(
    text: str, low: int, high: int | None, low_inc: bool, high_inc: bool, hedge: str
) -> None:
    tokens, _ = segment(text, LEX)
    (p,) = extract_numbers(tokens, LEX)
    a = p.mention.amount
    assert (a.low, a.high, a.low_inclusive, a.high_inclusive, a.hedge) == (
        low,
        high,
        low_inc,
        high_inc,
        hedge,
    )
    assert p.mention.span.slice(text) == text


def test_range_and_percent() -> None:
    tokens, _ = segment("10-15 people, 85% and 12 percent", LEX)
    found = extract_numbers(tokens, LEX)
    assert (found[0].mention.amount.low, found[0].mention.amount.high) == (10, 15)
    assert [p.mention.kind for p in found] == ["cardinal", "percent", "percent"]


@settings(max_examples=300, deadline=None)
@given(counts)
def test_digits_round_trip(n: int) -> None:
    for written in (str(n), f"{n:,}"):
        assert numbers(written) == [(written, n)]


@settings(max_examples=300, deadline=None)
@given(counts)
def test_words_round_trip(n: int) -> None:
    written = num2words(n)
    assert numbers(written) == [(written, n)]
    # The same number inside a sentence, counting something, reads back as a quantity.
    report = factcheck.check(f"Officials counted {written} drones.")
    (q,) = report.quantities
    assert (q.amount.value, q.noun) == (n, "drone")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chelsea lost 1-3 at home.", []),
        ("Call 555-1234 now.", []),
        ("Between 10-15 people were hurt.", [("10-15 people", 10, 15, "range", None)]),
        (
            "More than $5 million was raised.",
            [("More than $5 million", 5_000_000, None, "more than", "USD")],
        ),
        (
            "They bought one dozen one dozen eggs.",
            [("one dozen", 12, 12, None, None), ("one dozen eggs", 12, 12, None, None)],
        ),
    ],
)
def test_dashes_hedges_and_multiples(text: str, expected: object) -> None:
    report = factcheck.check(text, dateline="2025-09-04")
    assert [
        (q.span.slice(text), q.amount.low, q.amount.high, q.amount.hedge, q.unit)
        for q in report.quantities
    ] == expected


@pytest.mark.parametrize(
    ("text", "span", "low", "high", "kind"),
    [
        ("Temperatures fell to -5 overnight.", "-5", -5, -5, "cardinal"),
        ("It was minus 12 in Kharkiv.", "minus 12", -12, -12, "cardinal"),
        ("Dozens of drones hit the city.", "Dozens of", 24, 99, "cardinal"),
        ("Several missiles were fired.", "Several", 3, 9, "cardinal"),
        ("A few residents stayed.", "A few", 2, 5, "cardinal"),
        (
            "Hundreds of thousands of people fled.",
            "Hundreds of thousands of",
            200_000,
            999_999,
            "cardinal",
        ),
        ("Between 10 and 15 people were hurt.", "Between 10 and 15", 10, 15, "cardinal"),
        ("From 20 to 30 boats sank.", "From 20 to 30", 20, 30, "cardinal"),
        ("Some 40 to 50 boats sank.", "Some 40", 36, 44, "cardinal"),
        (
            "Two-thirds of voters backed it.",
            "Two-thirds",
            Fraction(2, 3),
            Fraction(2, 3),
            "fraction",
        ),
        (
            "A third of the drones were jammed.",
            "A third",
            Fraction(1, 3),
            Fraction(1, 3),
            "fraction",
        ),
        ("Half of the city lost power.", "Half", Fraction(1, 2), Fraction(1, 2), "fraction"),
        ("Turnout rose by 3/4 of a point.", "3/4", Fraction(3, 4), Fraction(3, 4), "fraction"),
        ("The fund holds $2bn.", "2bn", 2_000_000_000, 2_000_000_000, "cardinal"),
        ("Output reached 3.5tn yuan.", "3.5tn", 3_500_000_000_000, 3_500_000_000_000, "cardinal"),
        (
            "Two and a half million people fled.",
            "Two and a half million",
            2_500_000,
            2_500_000,
            "cardinal",
        ),
    ],
)
def test_more_number_forms(text: str, span: str, low: object, high: object, kind: str) -> None:
    tokens, _ = segment(text, LEX)
    first = extract_numbers(tokens, LEX)[0].mention
    assert (first.span.slice(text), first.amount.low, first.amount.high, first.kind) == (
        span,
        low,
        high,
        kind,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose from 10 to 15 dollars.",
        "The vote was 10 to 5.",
        "Sprinters ran the 100m in Rome.",
        "A third attack followed.",
        "Voting starts on 9/4/2025.",
    ],
)
def test_changes_tallies_and_ordinals_are_not_ranges_or_fractions(text: str) -> None:
    tokens, _ = segment(text, LEX)
    for p in extract_numbers(tokens, LEX):
        assert p.mention.amount.hedge != "range"
        assert p.mention.kind != "fraction"


def test_word_fractions_with_a_space() -> None:
    tokens, _ = segment("Two thirds of voters and three quarters of members agreed.", LEX)
    assert [(p.mention.amount.value, p.mention.kind) for p in extract_numbers(tokens, LEX)] == [
        (Fraction(2, 3), "fraction"),
        (Fraction(3, 4), "fraction"),
    ]


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Half a dozen boats sank.", 6, "cardinal"),
        ("Half a million people fled.", 500_000, "cardinal"),
        ("One eighth of the budget went on defence.", Fraction(1, 8), "fraction"),
    ],
)
def test_halves_and_eighths(text: str, value: object, kind: str) -> None:
    tokens, _ = segment(text, LEX)
    first = extract_numbers(tokens, LEX)[0].mention
    assert (first.amount.value, first.kind) == (value, kind)


@pytest.mark.parametrize(
    ("text", "span", "value", "kind"),
    [
        ("One in five adults smoke.", "One in five", Fraction(1, 5), "fraction"),
        ("Only 1 in 21 voters abstained.", "1 in 21", Fraction(1, 21), "fraction"),
        ("Exports were three times higher.", "three times", 3, "multiplier"),
        ("Twice as many people came.", "Twice", 2, "multiplier"),
        ("Imports doubled last year.", "doubled", 2, "multiplier"),
        ("Both sides claimed victory.", "Both", 2, "cardinal"),
        ("None of the 12 crew survived.", "None", 0, "cardinal"),
    ],
)
def test_ratios_multipliers_and_exact_words(text: str, span: str, value: object, kind: str) -> None:
    first = read_first(text)
    assert (first.span.slice(text), first.amount.value, first.kind) == (span, value, kind)


def read_first(text: str) -> factcheck.NumberMention:
    tokens, _ = segment(text, LEX)
    return extract_numbers(tokens, LEX)[0].mention


def test_multipliers_and_ratios_are_never_counts() -> None:
    text = "Exports were three times higher; one in five firms closed; sales doubled."
    assert factcheck.check(text, dateline="2025-09-04").quantities == ()


def test_three_people_in_a_year_is_no_ratio() -> None:
    assert read_first("Three people died in 2020.").kind == "cardinal"


def test_none_of_the_crew_is_a_part_of_its_whole() -> None:
    report = factcheck.check("None of the 12 crew survived.", dateline="2025-09-04")
    part, whole = report.quantities
    assert (part.amount.value, part.whole, whole.noun) == (0, whole, "crew")


def test_minus_with_number_words() -> None:
    first = read_first("Growth was minus five percent.")
    assert (first.span.slice("Growth was minus five percent."), first.amount.value, first.kind) == (
        "minus five percent",
        -5,
        "percent",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Which one do you prefer?", []),
        ("The one million people who fled.", [("one million", 1_000_000)]),
        ("It grew two point five percent.", [("two point five percent", Fraction(5, 2))]),
        ("The rate was nine point nought four.", [("nine point nought four", Fraction(226, 25))]),
        ("Exports hit 10 bln yuan.", [("10 bln", 10_000_000_000)]),
    ],
)
def test_pronoun_one_spoken_decimals_and_abbreviated_scales(
    text: str, expected: list[tuple[str, object]]
) -> None:
    assert numbers(text) == expected


def test_web_address_escapes_are_not_numbers() -> None:
    assert numbers("See https://example.org/search?q=30%25%2020%") == [("30", 30)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They ordered three dozens eggs.", [("three dozens", 36)]),
        ("The submarine weighs 25 lakh tonnes.", [("25 lakh", 2_500_000)]),
        ("The project costs 3 crore rupees.", [("3 crore", 30_000_000)]),
        ("Connect to 192.168.1.2 or update to v1.2.3.", []),
    ],
)
def test_dozens_lakh_crore_and_dotted_addresses(text: str, expected: object) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It took twenty-three fifths of a second.", Fraction(23, 5)),
        ("Only five hundredths of a degree.", Fraction(1, 20)),
        ("Three quarters of members agreed.", Fraction(3, 4)),
    ],
)
def test_general_word_fractions(text: str, value: object) -> None:
    first = read_first(text)
    assert (first.amount.value, first.kind) == (value, "fraction")


def test_quarters_of_a_year_are_periods_not_a_share() -> None:
    assert read_first("The economy shrank for two quarters.").kind == "cardinal"
    assert read_first("He ran it in two seconds.").kind == "cardinal"


def test_whole_and_word_fraction() -> None:
    assert numbers("It was twenty and three fifths.") == [
        ("twenty and three fifths", Fraction(103, 5))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It grew five and a quarter percent.", [("five and a quarter percent", Fraction(21, 4))]),
        ("One twenty-fifth of the land burned.", [("One twenty-fifth", Fraction(1, 25))]),
        ("Then came a third attack.", []),
    ],
)
def test_and_a_quarter_and_ordinal_denominators(text: str, expected: object) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Add ½ teaspoon of salt.", [("½", Fraction(1, 2))]),
        ("Pour 2½ cups of milk.", [("2½", Fraction(5, 2))]),
        ("The result is ⅔.", [("⅔", Fraction(2, 3))]),
        ("The area is x² here.", []),
    ],
)
def test_vulgar_fraction_signs(text: str, expected: object) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The prize is worth £5k.", [("5k", 5_000)]),
        ("The deal is worth $1.2b.", [("1.2b", 1_200_000_000)]),
        ("She ran a 10k race in apartment 12b.", [("10k", 10_000)]),
        ("She won the 100m sprint.", [("100m", 100)]),
        ("They sold five dozs eggs.", [("five dozs", 60)]),
    ],
)
def test_glued_k_and_b_and_dozen_abbreviations(text: str, expected: object) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A million and a half people fled.", [("A million and a half", 1_500_000)]),
        ("On the twenty-fifth day it ended.", [("twenty-fifth", 25)]),
        ("The legal limit is .08 in most states.", [(".08", Fraction(2, 25))]),
    ],
)
def test_scaled_halves_ordinals_and_leading_points(text: str, expected: object) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "low", "high", "hedge"),
    [
        ("Some 500 or more people died.", 450, 550, "some"),
        ("Officials counted 500 or more bodies.", 500, None, "or more"),
        ("Rescuers saw 20 or so boats.", 18, 22, "or so"),
        ("There were greater than 30 cases.", 30, None, "greater than"),
        ("Parties won 10 or fewer seats.", 0, 10, "or fewer"),
    ],
)
def test_hedges_after_the_number(text: str, low: object, high: object, hedge: str) -> None:
    first = read_first(text)
    assert (first.amount.low, first.amount.high, first.amount.hedge) == (low, high, hedge)


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("More than 1/2 of the people came.", "More than 1/2", Fraction(1, 2), None),
        ("More than half of the people came.", "More than half", Fraction(1, 2), None),
        (
            "Nearly two thirds of voters agreed.",
            "Nearly two thirds",
            Fraction(3, 5),
            Fraction(2, 3),
        ),
    ],
)
def test_hedged_proportions(text: str, span: str, low: object, high: object) -> None:
    first = read_first(text)
    assert (first.span.slice(text), first.amount.low, first.amount.high, first.kind) == (
        span,
        low,
        high,
        "fraction",
    )


def test_words_the_scan_skips_open_no_number() -> None:
    """Where _opens_none() rules a word out, _parse_at() must read nothing there, whatever
    follows: "in 2020", "at three", "as many as 5", "up to half", "a dozen", "a new",
    "from 10 to 15", "between them"."""
    from factcheck.extract.numbers import _opens_none, _parse_at, _skips

    skips = _skips(LEX)
    assert {"in", "at", "as", "up", "no"} <= skips.hedge_only
    assert skips.leads == {"a", "an", "from", "between"}
    after = [
        "5", "2020", "1,234.5", "3/4", "½", "5%", "$5", "5km", "2bn", "1e6", "a", "an", "one",
        "twenty-four", "hundred", "million", "dozen", "score", "half", "third", "thirds",
        "quarter", "first", "21st", "twice", "several", "few", "couple", "handful", "minimum",
        "estimated", "least", "most", "many", "to", "than", "excess", "of", "the", "them",
        "new", "year", "between", "from", "and", "-", ",", "(", "percent", "times",
    ]  # fmt: skip
    skipped = 0
    for word in sorted(skips.hedge_only | skips.leads):
        for first in after:
            for second in ("5", "to", "and", "of", "a", "million", "fifths", "people", "."):
                for case in (word, word.capitalize()):
                    tokens, _ = segment(f"They said {case} {first} {second} 7 drones", LEX)
                    assert tokens[2].lower == word
                    if _opens_none(tokens, 2, LEX, skips):
                        skipped += 1
                        assert _parse_at(tokens, 2, LEX) is None, (word, first, second)
    assert skipped > 1000
