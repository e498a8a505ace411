"""The example article: every fact it reports, and one edited copy per rule."""

from __future__ import annotations

import datetime as dt

import pytest

import factcheck


def _q(report: factcheck.Report, text: str) -> factcheck.Quantity:
    found = [q for q in report.quantities if report.text[q.span.start : q.span.end] == text]
    assert len(found) == 1, [report.text[q.span.start : q.span.end] for q in report.quantities]
    return found[0]


def test_dateline_from_header(article: str) -> None:
    report = factcheck.check(article)
    assert report.dateline is not None
    assert report.dateline.date == dt.date(2025, 9, 4)
    assert report.dateline.source == "text"
    assert report.dateline.span is not None
    assert report.dateline.span.slice(article) == "2025-09-04"


def test_weapons_values_nouns_roles(article: str) -> None:
    report = factcheck.check(article)
    drones, missiles = _q(report, "502 drones"), _q(report, "24 missiles")
    assert (drones.amount.value, drones.noun, drones.role) == (502, "drone", "launched")
    assert (missiles.amount.value, missiles.noun, missiles.role) == (24, "missile", "launched")
    down_d, down_m = _q(report, "430 of the drones"), _q(report, "21 of the missiles")
    assert (down_d.amount.value, down_d.noun, down_d.role) == (430, "drone", "intercepted")
    assert (down_m.amount.value, down_m.noun, down_m.role) == (21, "missile", "intercepted")
    assert down_d.whole == drones
    assert down_m.whole == missiles


def test_hedged_counts(article: str) -> None:
    report = factcheck.check(article)
    seven = _q(report, "at least seven countries")
    assert (seven.amount.low, seven.amount.high, seven.amount.hedge) == (7, None, "at least")
    assert seven.noun == "country"
    gulf = _q(report, "three Gulf states")
    assert (gulf.amount.value, gulf.noun) == (3, "state")
    hours = _q(report, "more than 30 hours")
    assert hours.amount.low == 30 and not hours.amount.low_inclusive


def test_not_quantities(article: str) -> None:
    report = factcheck.check(article)
    texts = [report.text[q.span.start : q.span.end] for q in report.quantities]
    assert not any(t == "2" or "War 2" in t for t in texts)
    assert not any("one" in t.split("-") for t in texts)
    assert all(q.span.start > report.text.index("\n") for q in report.quantities)


def test_dates_resolved(article: str) -> None:
    report = factcheck.check(article)
    by_text: dict[str, list[factcheck.DateMention]] = {}
    for d in report.dates:
        by_text.setdefault(d.span.slice(article), []).append(d)
    (wednesday,) = by_text["Wednesday"]
    assert wednesday.first == wednesday.last == dt.date(2025, 9, 3)
    thursdays = by_text["Thursday"]
    assert len(thursdays) == 2
    assert all(d.first == dt.date(2025, 9, 4) for d in thursdays)
    (sunday,) = by_text["Sunday"]
    assert sunday.first == dt.date(2025, 8, 31)
    (overnight,) = by_text["overnight"]
    assert (overnight.first, overnight.last, overnight.granularity) == (
        dt.date(2025, 9, 3),
        dt.date(2025, 9, 4),
        "night",
    )


def test_article_has_no_problem_and_reports_rates(article: str) -> None:
    report = factcheck.check(article)
    assert report.problems == ()
    rates = {
        f.values["noun"]: round(f.values["rate"], 3)
        for f in report.findings
        if f.rule_id == "quantity.part-exceeds-whole"
    }
    assert rates["drone"] == 0.857
    assert rates["missile"] == 0.875
    (count,) = [f for f in report.findings if f.rule_id == "quantity.enumeration-count"]
    assert count.verdict == "consistent"
    assert (count.values["stated"], count.values["counted"]) == (7, 7)


def _only_problem(text: str) -> factcheck.Finding:
    report = factcheck.check(text)
    problems = report.problems
    assert len(problems) == 1, [(f.rule_id, f.message) for f in problems]
    return problems[0]


def _evidence(f: factcheck.Finding, text: str) -> list[str]:
    for e in f.evidence:
        assert e.span.slice(text) == e.text
    return [e.text for e in f.evidence]


def test_edit_more_intercepted_than_launched(article: str) -> None:
    edited = article.replace("430 of the drones", "530 of the drones")
    f = _only_problem(edited)
    assert (f.rule_id, f.verdict) == ("quantity.part-exceeds-whole", "inconsistent")
    assert _evidence(f, edited) == ["530 of the drones", "502 drones"]


def test_edit_two_gulf_states(article: str) -> None:
    edited = article.replace("three Gulf states", "two Gulf states")
    f = _only_problem(edited)
    assert (f.rule_id, f.verdict) == ("quantity.enumeration-count", "inconsistent")
    assert _evidence(f, edited) == [
        "at least seven countries",
        "Austria",
        "Switzerland",
        "Turkey",
        "the Vatican",
        "two Gulf states",
    ]


def test_edit_weekday_against_calendar(article: str) -> None:
    edited = article.replace("said on Thursday,", "said on Monday, September 4, 2025,")
    f = _only_problem(edited)
    assert (f.rule_id, f.verdict) == ("date.weekday-mismatch", "inconsistent")
    assert _evidence(f, edited) == ["Monday", "Monday, September 4, 2025"]


def test_edit_yesterday_against_date(article: str) -> None:
    edited = article.replace("said on Wednesday", "said yesterday, September 1,")
    f = _only_problem(edited)
    assert (f.rule_id, f.verdict) == ("date.relative-conflict", "inconsistent")
    assert _evidence(f, edited) == ["yesterday", "September 1"]


@pytest.mark.parametrize(
    "dateline", [dt.date(2025, 9, 4), dt.datetime(2025, 9, 4, 10, 32), "2025-09-04"]
)
def test_dateline_argument_forms(article: str, dateline: object) -> None:
    body = article.split("\n", 1)[1]
    report = factcheck.check(body, dateline=dateline)  # type: ignore[arg-type]
    assert report.dateline == factcheck.Dateline(dt.date(2025, 9, 4), "argument")
    assert report.problems == ()
