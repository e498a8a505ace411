from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

import factcheck
from factcheck.units import canonical_unit

D = "2025-09-04"


def spans_and_units(text: str) -> list[tuple[str, str | None]]:
    return [(q.span.slice(text), q.unit) for q in factcheck.check(text, dateline=D).quantities]


def spans_values_units(text: str) -> list[tuple[str, object, str | None]]:
    report = factcheck.check(text, dateline=D)
    return [(q.span.slice(text), q.amount.value, q.unit) for q in report.quantities]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Winds reached 120 km/h.", "kilometer / hour"),
        ("Gusts of 40 mph were recorded.", "mile / hour"),
        ("Fire burned 300 sq km of forest.", "kilometer ** 2"),
        ("It hit 41 °C in Seville.", "degree_Celsius"),
        ("Ships carried 2 million tonnes of grain.", "metric_ton"),
        ("The plant makes 900 megawatts.", "megawatt"),
        ("Turnout was 61.5 per cent.", "percent"),
        ("Rescuers worked for 30 hours.", "hour"),
    ],
)
def test_units_through_pint(text: str, unit: str) -> None:
    (q,) = factcheck.check(text, dateline="2025-09-04").quantities
    assert (q.unit, q.noun) == (unit, None)


def test_every_default_alias_is_a_pint_unit() -> None:
    lexicon = factcheck.Lexicon.default()
    for expression in lexicon.raw["units"].values():
        assert canonical_unit(expression)


def test_unknown_unit_in_a_user_file_is_a_lexicon_error(tmp_path: Path) -> None:
    extra = tmp_path / "units.toml"
    extra.write_text('[units]\n"furlongs a fortnight" = "not_a_unit"\n', encoding="utf-8")
    lexicon = factcheck.Lexicon.default().extend(extra)
    with pytest.raises(factcheck.LexiconError, match="not_a_unit"):
        factcheck.check("It moved 3 furlongs a fortnight.", lexicon=lexicon)


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("Kyiv will receive $2.5 billion in aid.", "$2.5 billion", 2_500_000_000, "USD"),
        ("The fund holds 300 million euros.", "300 million euros", 300_000_000, "EUR"),
        ("Moscow spent 40 billion roubles.", "40 billion roubles", 40_000_000_000, "RUB"),
        ("Pensions rose to 3,000 hryvnias.", "3,000 hryvnias", 3000, "UAH"),
        ("The club paid £80 million.", "£80 million", 80_000_000, "GBP"),
    ],
)
def test_currencies_are_iso_codes(text: str, span: str, value: int, unit: str) -> None:
    (q,) = factcheck.check(text, dateline="2025-09-04").quantities
    assert (q.span.slice(text), q.amount.value, q.unit, q.noun) == (span, value, unit, None)


def test_money_is_never_a_part_of_a_count() -> None:
    text = "Sun Microsystems sold $125 million of 6 3/8% convertible debentures."
    report = factcheck.check(text, dateline="2025-09-04")
    assert [(q.span.slice(text), q.unit) for q in report.quantities] == [
        ("$125 million", "USD"),
        ("6 3/8%", "percent"),
    ]
    assert report.quantities[1].amount.value == Fraction(51, 8)
    assert report.problems == ()


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Ottawa pledged C$5 million.", "CAD"),
        ("Hong Kong raised HK$2bn.", "HKD"),
        ("Aid reached ($40 million) last year.", "USD"),
    ],
)
def test_prefixed_dollars(text: str, unit: str) -> None:
    (q,) = factcheck.check(text, dateline="2025-09-04").quantities
    assert q.unit == unit


def test_most_since_is_not_a_running_total() -> None:
    text = "Russia launched 80 drones, the most since July. Air defences destroyed 95 drones."
    report = factcheck.check(text, dateline="2025-09-04")
    assert [(f.rule_id, f.verdict) for f in report.problems] == [
        ("quantity.part-exceeds-whole", "inconsistent")
    ]


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Each vial holds 75ml of vaccine.", "75ml", "milliliter"),
        ("The wall is 1.8m high.", "1.8m", "meter"),
        ("A 3-inch crack opened.", "3-inch", "inch"),
        ("Investors put in $ 75 million.", "$ 75 million", "USD"),
        ("It weighs 5 in total.", None, None),
    ],
)
def test_glued_spaced_and_hyphened_units(text: str, span: str | None, unit: str | None) -> None:
    found = spans_and_units(text)
    if span is None:
        assert all(u is None for _, u in found)
    else:
        assert found == [(span, unit)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The lab found 150 micrograms of lead.", "microgram"),
        ("The fire burned 660 square metres.", "meter ** 2"),
        ("The ship sailed 200 nautical miles.", "nautical_mile"),
    ],
)
def test_more_unit_aliases(text: str, unit: str) -> None:
    (q,) = factcheck.check(text, dateline="2025-09-04").quantities
    assert q.unit == unit


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("They set off on a six-mile trip.", "six-mile", "mile"),
        ("Engineers built a three-ton satellite.", "three-ton", "ton"),
        ("The tank holds 1.5 million gallon of water.", "1.5 million gallon", "gallon"),
        ("The car reached 188 miles an hour.", "188 miles an hour", "mile / hour"),
        ("The weight is 120 μg.", "120 μg", "microgram"),
    ],
)
def test_hyphened_words_singular_units_and_speeds(text: str, span: str, unit: str) -> None:
    found = spans_and_units(text)
    assert found == [(span, unit)]


def test_one_on_one_and_five_year_low_are_not_units() -> None:
    text = "After a one-on-one meeting, the index hit a five-year low."
    assert factcheck.check(text, dateline="2025-09-04").quantities == ()


def test_ages_and_singular_durations() -> None:
    text = "The patient is a 87 yo man; the bill is 90 day old; the boy is one year old."
    found = spans_and_units(text)
    assert found == [("87 yo", "year"), ("90 day", "day"), ("one year", "year")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("He was fined 10,000 Swiss francs.", "CHF"),
        ("The bonds raised 250 million Dutch guilders.", "NLG"),
        ("The book costs 100 ₡.", "CRC"),
        ("Tickets cost 10 $ each.", "USD"),
        ("Sydney paid 125 million Australian dollars.", "AUD"),
    ],
)
def test_currency_names_and_trailing_signs(text: str, unit: str) -> None:
    (q,) = factcheck.check(text, dateline="2025-09-04").quantities
    assert q.unit == unit


def test_time_compounds_in_digits_are_not_durations() -> None:
    text = "Unions called a 24-hour strike."
    assert factcheck.check(text, dateline="2025-09-04").quantities[0].unit is None


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("The item sells for USD 200.", "USD 200", "USD"),
        ("They lost 500 USD on the deal.", "500 USD", "USD"),
        ("The fund raised 50 million EUR.", "50 million EUR", "EUR"),
        ("It hit 40 deg C in Seville.", "40 deg C", "degree_Celsius"),
    ],
)
def test_iso_codes_and_temperature_spellings(text: str, span: str, unit: str) -> None:
    found = spans_and_units(text)
    assert found == [(span, unit)]


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        (
            "The cable runs more than 10 1/2 miles.",
            "more than 10 1/2 miles",
            Fraction(21, 2),
            "mile",
        ),
        ("It is a 1/4 mile paved oval.", "1/4 mile", Fraction(1, 4), "mile"),
        ("Water boils at 100° Celsius.", "100° Celsius", 100, "degree_Celsius"),
        ("That one mile took an hour.", "one mile", 1, "mile"),
    ],
)
def test_mixed_numbers_fractions_with_units_and_degree_signs(
    text: str, span: str, value: object, unit: str
) -> None:
    q = factcheck.check(text, dateline="2025-09-04").quantities[0]
    assert (q.span.slice(text), q.amount.value, q.unit) == (span, value, unit)


@pytest.mark.parametrize("text", ["The weight is 20 (kg).", "The weight is 20 [kg]."])
def test_units_in_brackets(text: str) -> None:
    (q,) = factcheck.check(text, dateline="2025-09-04").quantities
    assert (q.amount.value, q.unit) == (20, "kilogram")


def test_pounds_after_a_scale_word_are_sterling() -> None:
    text = "Profit hit 361 million pounds; the crate held 200 pounds of beef."
    found = spans_and_units(text)
    assert found == [("361 million pounds", "GBP"), ("200 pounds", "pound")]


def test_temperatures_glued_to_c_and_f() -> None:
    text = "It was -3C in Moscow, 35C in Dubai and 95F in Phoenix, but 5 c is no unit."
    found = spans_values_units(text)
    assert found == [
        ("-3C", -3, "degree_Celsius"),
        ("35C", 35, "degree_Celsius"),
        ("95F", 95, "degree_Fahrenheit"),
        ("5", 5, None),
    ]


def test_a_temperature_with_decimals_is_one_before_any_word() -> None:
    """ "13F filing" is a form, but a figure with decimals names no form: the word after
    "40.8C" may be a verb."""
    text = "It hit 41.2C in Seville. The record of 40.8C set in 2021 stood."
    found = spans_values_units(text)
    assert ("40.8C", Fraction("40.8"), "degree_Celsius") in found


@pytest.mark.parametrize(
    "text",
    [
        "The model 2.5F engine was recalled.",
        "Valve 2.1C failed and Form 10.1F filed.",
        "Rule 10.5C requires a filing.",
        "It raised its dividend by 11c to 17c a share.",
        "The 13F filing shows the stake.",
        "Funds were 14.7C/ per security.",
    ],
)
def test_cents_and_forms_are_not_temperatures(text: str) -> None:
    units = [q.unit for q in factcheck.check(text, dateline="2025-09-04").quantities]
    assert "degree_Celsius" not in units and "degree_Fahrenheit" not in units


def test_own_unit_names_are_pints_canonical_names() -> None:
    from factcheck.units import _own_names, registry

    assert _own_names()
    for name in _own_names():
        assert str(registry().Unit(name)) == name
