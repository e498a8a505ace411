"""check_many: the reports of check, in input order, from worker processes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck
from factcheck import CheckFailure, Report

STORIES = [
    "Russia launched 40 missiles. Air defences shot down 30 of the missiles.",
    "Russia launched 40 drones. Air defences shot down 50 of the drones.",
    "The minister said on September 10 that talks would resume.",
    "Five countries pledged troops: France, Germany and two Gulf states.",
    "He spoke yesterday, Sept. 2, officials said.",
    "Nothing here counts.",
]


def as_dicts(results: list[Report | CheckFailure]) -> list[object]:
    return [r.to_dict() if isinstance(r, Report) else r for r in results]


@settings(max_examples=8, deadline=None)
@given(st.lists(st.sampled_from(STORIES), max_size=12))
def test_check_many_keeps_order_and_equals_check(texts: list[str]) -> None:
    expected = [factcheck.check(t, dateline="2025-09-04").to_dict() for t in texts]
    datelines = ["2025-09-04"] * len(texts)
    assert as_dicts(list(factcheck.check_many(texts, datelines, workers=2, window=5))) == expected
    assert as_dicts(list(factcheck.check_many(texts, datelines, workers=1))) == expected


def test_a_story_that_raises_is_reported_and_the_others_go_on() -> None:
    seen: list[int] = []
    results = list(
        factcheck.check_many(
            [STORIES[0], b"bytes are not text", STORIES[1]],  # type: ignore[list-item]
            ["2025-09-04", "2025-09-04", "not a date"],
            workers=2,
            progress=seen.append,
        )
    )
    assert isinstance(results[0], Report)
    assert results[1] == CheckFailure(1, "InputError", results[1].message)  # type: ignore[union-attr]
    assert isinstance(results[2], CheckFailure) and results[2].error == "DatelineError"
    assert seen == [1, 2, 3]
    # The lexicon comes back with each report: rules and reports work as from check().
    assert results[0].document.lexicon is not None  # type: ignore[union-attr]


def test_a_deadline_holds_for_each_story_in_worker_processes() -> None:
    from tests.test_deadline import trickles

    rules = [*factcheck.default_rules(), trickles]
    results = list(factcheck.check_many(STORIES[:2], workers=2, rules=rules, deadline=0.2))
    assert [r.unfinished for r in results] == [(trickles.id,), (trickles.id,)]  # type: ignore[union-attr]
    assert [f.rule_id for f in results[1].problems] == [  # type: ignore[union-attr]
        "quantity.part-exceeds-whole"
    ]
