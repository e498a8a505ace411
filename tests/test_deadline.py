"""``check(..., deadline=)``: rules past the limit stop, the report says which."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator

import pytest

import factcheck
from factcheck import Finding, rule

STORY = "Of the 40 passengers, 52 were rescued."


@rule(id="house.spins", severity="warning")
def spins(doc: factcheck.Document) -> list[Finding]:
    """Loops without yielding until stopped (or for ten seconds)."""
    start = time.monotonic()
    while time.monotonic() - start < 10:
        pass
    return []


@rule(id="house.trickles", severity="warning")
def trickles(doc: factcheck.Document) -> Iterator[Finding]:
    """Yields a finding every 10 ms for ten seconds."""
    for _ in range(1000):
        time.sleep(0.01)
        yield Finding(rule_id="", verdict="consistent", severity="info", message="tick")


@rule(id="house.swallows", severity="warning")
def swallows(doc: factcheck.Document) -> list[Finding]:
    """Catches every Exception while it loops: the deadline must still stop it."""
    start = time.monotonic()
    while time.monotonic() - start < 10:
        with contextlib.suppress(Exception):
            time.sleep(0.001)
    return []


def defaults() -> list[factcheck.Rule]:
    return list(factcheck.default_rules())


def test_no_deadline_means_a_complete_report() -> None:
    report = factcheck.check(STORY, dateline="2025-09-04")
    assert not report.incomplete and report.unfinished == ()
    data = report.to_dict()
    assert data["incomplete"] is False and data["unfinished"] == []


def test_a_generous_deadline_changes_nothing() -> None:
    plain = factcheck.check(STORY, dateline="2025-09-04")
    timed = factcheck.check(STORY, dateline="2025-09-04", deadline=60)
    assert timed.to_json() == plain.to_json()


@pytest.mark.parametrize("slow", [spins, trickles, swallows])
def test_a_slow_rule_is_stopped_and_named_and_the_rules_before_it_report(
    slow: factcheck.Rule,
) -> None:
    start = time.monotonic()
    report = factcheck.check(STORY, dateline="2025-09-04", rules=[*defaults(), slow], deadline=0.3)
    assert time.monotonic() - start < 5
    assert report.incomplete and report.unfinished == (slow.id,)
    assert [f.rule_id for f in report.problems] == ["quantity.part-exceeds-whole"]
    assert not any(f.rule_id == slow.id for f in report.findings)
    assert report.to_dict()["unfinished"] == [slow.id]


def test_rules_after_the_stopped_one_are_unfinished_too() -> None:
    report = factcheck.check(STORY, dateline="2025-09-04", rules=[spins, *defaults()], deadline=0.2)
    assert report.unfinished == (spins.id, *(r.id for r in defaults()))
    assert report.findings == ()


def test_off_the_main_thread_a_yielding_rule_is_still_stopped() -> None:
    results: list[factcheck.Report] = []
    worker = threading.Thread(
        target=lambda: results.append(
            factcheck.check(STORY, rules=[*defaults(), trickles], deadline=0.3)
        )
    )
    worker.start()
    worker.join(timeout=10)
    assert not worker.is_alive()
    assert results[0].unfinished == (trickles.id,)


def test_the_programs_own_alarm_handler_is_left_alone() -> None:
    import signal

    if not hasattr(signal, "setitimer"):
        pytest.skip("no SIGALRM on this platform")
    calls: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda *_: calls.append(1))
    try:
        report = factcheck.check(STORY, rules=[trickles], deadline=0.2)
        assert signal.getsignal(signal.SIGALRM) is not signal.SIG_DFL
    finally:
        signal.signal(signal.SIGALRM, previous)
    assert report.unfinished == (trickles.id,) and calls == []


@pytest.mark.parametrize("bad", [0, -1, float("nan"), float("inf"), "2", True])
def test_a_bad_deadline_is_a_typed_error(bad: object) -> None:
    with pytest.raises(factcheck.DeadlineError, match="deadline"):
        factcheck.check(STORY, deadline=bad)  # type: ignore[arg-type]
    assert issubclass(factcheck.DeadlineError, factcheck.FactcheckError)
    assert issubclass(factcheck.DeadlineError, ValueError)


def test_a_deadline_too_short_for_anything_never_raises_out_of_check() -> None:
    # The alarm may fire before the rules start: it must then do nothing.
    for _ in range(50):
        report = factcheck.check(STORY, dateline="2025-09-04", deadline=1e-9)
        assert report.incomplete


@rule(id="house.floods", severity="warning")
def floods(doc: factcheck.Document) -> Iterator[Finding]:
    """Yields findings as fast as it can, for ten seconds."""
    start = time.monotonic()
    while time.monotonic() - start < 10:
        yield Finding(rule_id="", verdict="consistent", severity="info", message="tick")


# An alarm that lands inside a garbage-collector callback (hypothesis installs one) is
# swallowed there and reported as "unraisable"; the clock check then stops the rule.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_rule_stopped_between_findings_never_lets_the_alarm_escape() -> None:
    # The clock check and the alarm are due at the same instant: the alarm must be off
    # before the run winds up.
    for _ in range(100):
        report = factcheck.check("x", rules=[floods], deadline=0.003)
        assert report.unfinished == (floods.id,)


def test_a_deadline_of_days_keeps_no_alarm_and_leaks_no_handler() -> None:
    import signal

    report = factcheck.check(STORY, deadline=1e10)
    assert not report.incomplete
    if hasattr(signal, "SIGALRM"):
        assert signal.getsignal(signal.SIGALRM) is signal.SIG_DFL


@rule(id="house.nests", severity="warning")
def nests(doc: factcheck.Document) -> list[Finding]:
    """Checks another story with a slow rule and no deadline of its own, then waits."""
    inner = factcheck.check("Inner story.", rules=[spins])
    time.sleep(0.05)
    return [Finding(rule_id="", verdict="consistent", severity="info", message=str(inner))]


def test_an_outer_deadline_reached_inside_a_nested_check_stops_the_outer_rule() -> None:
    start = time.monotonic()
    report = factcheck.check(STORY, rules=[nests], deadline=0.2)
    assert time.monotonic() - start < 5
    assert report.unfinished == (nests.id,)
