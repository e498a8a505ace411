"""Records shared to save memory are still the records asked for."""

from __future__ import annotations

from fractions import Fraction

import pytest

from factcheck.extract.nouns import lemma
from factcheck.lexicon import Lexicon
from factcheck.model import Amount


@pytest.mark.parametrize(
    ("first", "then", "value"),
    # Each pair is equal, and an untyped cache would hand the second the first's record.
    [(True, Fraction(1), 1), (True, 1.0, 1), (False, Fraction(0), 0)],
)
def test_an_exact_amount_is_the_one_asked_for_whatever_came_before(
    first: object, then: int | Fraction, value: int | Fraction
) -> None:
    Amount.exact(first)  # type: ignore[arg-type]
    amount = Amount.exact(then)
    assert amount == Amount(value, value, value)
    assert type(amount.value) is type(value)


def test_equal_exact_amounts_are_one_record() -> None:
    assert Amount.exact(2025) is Amount.exact(2025)


def test_a_lemma_is_one_string_however_often_it_is_counted() -> None:
    lex = Lexicon.default()
    first = lemma("Drones", lex)
    assert first == "drone"
    assert lemma("drones", lex) is first
    assert lemma("countries", lex) == "country"
