"""The tokens each extractor starts from, found once for all of them."""

from __future__ import annotations

import gc
import pickle

import attrs
import pytest
from hypothesis import given, settings
from strategies import any_text

import factcheck.document
import factcheck.openers
from factcheck.document import read_document
from factcheck.extract.changes import extract_changes
from factcheck.extract.clock import extract_clock_times
from factcheck.extract.dates import extract_dates
from factcheck.extract.elapsed import extract_elapsed
from factcheck.extract.enumerations import extract_enumerations
from factcheck.extract.numbers import extract_numbers
from factcheck.extract.quantities import extract_quantities
from factcheck.lexicon import Lexicon
from factcheck.openers import TESTS, find_openers
from factcheck.text import segment, where

LEX = Lexicon.default()

NEWS = (
    "KYIV, Sept 4 (Reuters) - Russia launched 502 drones and 24 missiles overnight; the "
    "air force said it downed 430 of them. Yesterday's strike was the largest since May, "
    "and last year's total rose 12% to 1,200. Talks resume at 10 a.m. EDT (1400 GMT), "
    "three years after the February 2022 invasion, including Poland and Romania."
)


@pytest.mark.parametrize("name", list(TESTS))
def test_each_list_is_what_the_extractor_would_find_alone(name: str) -> None:
    tokens, _ = segment(NEWS, LEX)
    found = find_openers(tokens, LEX)[name]
    assert found == where(tokens, TESTS[name], LEX)
    assert found == sorted(found)


def test_the_lists_are_not_empty_on_news() -> None:
    tokens, _ = segment(NEWS, LEX)
    found = find_openers(tokens, LEX)
    for name in ("numbers", "dates", "possessives", "clock", "elapsed", "changes", "lists"):
        assert found[name], name


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_one_pass_lists_what_every_test_lists_on_any_text(text: str) -> None:
    tokens, _ = segment(text, LEX)
    found = find_openers(tokens, LEX)
    for name, test in TESTS.items():
        assert found[name] == where(tokens, test, LEX)


@settings(max_examples=100, deadline=None)
@given(any_text)
def test_extractors_given_the_lists_read_what_they_read_alone(text: str) -> None:
    tokens, _ = segment(text, LEX)
    found = find_openers(tokens, LEX)
    assert extract_numbers(tokens, LEX, found["numbers"]) == extract_numbers(tokens, LEX)
    given_lists = extract_dates(
        text, tokens, None, LEX, openers=found["dates"], possessives=found["possessives"]
    )
    dates = extract_dates(text, tokens, None, LEX)
    assert given_lists == dates
    numbers = extract_numbers(tokens, LEX)
    assert extract_clock_times(tokens, LEX, found["clock"]) == extract_clock_times(tokens, LEX)
    spans = [d.span for d in dates]
    quantities = extract_quantities(tokens, numbers, spans, LEX)
    assert extract_quantities(tokens, numbers, spans, LEX, found["totals"]) == quantities
    assert extract_enumerations(
        tokens, numbers, quantities, LEX, text, found["lists"]
    ) == extract_enumerations(tokens, numbers, quantities, LEX, text)
    assert extract_elapsed(tokens, numbers, dates, LEX, found["elapsed"]) == extract_elapsed(
        tokens, numbers, dates, LEX
    )
    assert extract_changes(tokens, quantities, LEX, found["changes"]) == extract_changes(
        tokens, quantities, LEX
    )


def test_the_memory_of_answers_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    lexicon = attrs.evolve(LEX)  # a memory of its own, not the default lexicon's
    monkeypatch.setattr(factcheck.openers, "MEMO_SIZE", 10)
    text = " ".join(f"word{k}" for k in range(50)) + " 502 drones on Monday"
    tokens, _ = segment(text, lexicon)
    found = find_openers(tokens, lexicon)
    assert all(len(known) <= 10 for known in factcheck.openers._memo(lexicon).values())
    assert found["dates"] == where(tokens, TESTS["dates"], lexicon)


def test_long_tokens_are_not_remembered_and_the_memory_goes_with_its_lexicon() -> None:
    lexicon = attrs.evolve(LEX)
    long_word = "x" * 5_000
    tokens, _ = segment(f"{long_word} on Monday", lexicon)
    assert find_openers(tokens, lexicon)["dates"] == [2]
    memo = factcheck.openers._memo(lexicon)
    assert long_word not in memo["word"] and "Monday" in memo["word"]
    key = id(lexicon)
    del lexicon, memo
    gc.collect()
    assert key not in factcheck.openers._MEMOS


def test_the_memory_is_not_pickled_with_the_lexicon() -> None:
    lexicon = attrs.evolve(LEX)
    before = len(pickle.dumps(lexicon))
    tokens, _ = segment(" ".join(f"word{k}" for k in range(2_000)), lexicon)
    find_openers(tokens, lexicon)
    assert len(pickle.dumps(lexicon)) == before


def test_a_failing_pass_leaves_each_extractor_to_find_its_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    whole = read_document(NEWS, "2025-09-04")

    def broken(tokens: object, lexicon: object) -> None:
        raise RuntimeError("no lists today")

    monkeypatch.setattr(factcheck.document, "find_openers", broken)
    document = read_document(NEWS, "2025-09-04")
    assert [f.stage for f in document.failures] == ["text"]
    assert document.numbers == whole.numbers and document.dates == whole.dates
    assert document.quantities == whole.quantities
