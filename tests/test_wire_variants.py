"""The same overnight attack as different desks would write it: every phrasing checks out."""

from __future__ import annotations

import pytest

import factcheck

PHRASINGS = [
    "Russia attacked Ukraine overnight with 502 drones and 24 missiles, of which 430 drones "
    "and 21 missiles were shot down or jammed, the air force said.",
    "Ukraine's air force said Russia had launched 502 drones and 24 missiles, and that air "
    "defences had destroyed 430 drones and 21 missiles.",
    "Russia launched 502 drones and 24 missiles. The air force said 430 drones and 21 "
    "missiles had been intercepted.",
    "Russia fired 24 missiles and 502 drones at Ukraine overnight; 21 of the missiles and 430 "
    "of the drones were downed.",
    "Russia launched 502 drones and 24 missiles overnight, of which the air force said it "
    "intercepted 430 and 21 respectively.",
    "Air defences neutralised 430 of 502 drones and 21 of 24 missiles, the military said.",
]


@pytest.mark.parametrize("text", PHRASINGS)
def test_each_weapon_checks_out_with_its_rate(text: str) -> None:
    report = factcheck.check(text, dateline="2025-09-04")
    found = {
        f.values["noun"]: (f.verdict, round(f.values["rate"], 3))
        for f in report.findings
        if f.rule_id == "quantity.part-exceeds-whole"
    }
    assert found == {"drone": ("consistent", 0.857), "missile": ("consistent", 0.875)}


@pytest.mark.parametrize("text", PHRASINGS)
def test_more_intercepted_than_launched_is_flagged(text: str) -> None:
    edited = text.replace("430", "530")
    report = factcheck.check(edited, dateline="2025-09-04")
    (problem,) = report.problems
    assert (problem.rule_id, problem.verdict) == ("quantity.part-exceeds-whole", "inconsistent")
    assert [e.label for e in problem.evidence] == ["part", "whole"]
    assert "530" in problem.evidence[0].text and "502" in problem.evidence[1].text


@pytest.mark.parametrize(
    "text",
    [
        "At least seven countries - Austria, Switzerland, Turkey and the Vatican, as well as "
        "three Gulf states - offered to host the talks.",
        "At least seven countries offered to host the talks: Austria, Switzerland, Turkey, the "
        "Vatican and three Gulf states.",
    ],
)
def test_enumeration_variants(text: str) -> None:
    report = factcheck.check(text, dateline="2025-09-04")
    (f,) = report.findings
    assert (f.rule_id, f.verdict, f.values["counted"]) == (
        "quantity.enumeration-count",
        "consistent",
        7,
    )
    (f,) = factcheck.check(text.replace("three", "two"), dateline="2025-09-04").findings
    assert f.verdict == "inconsistent"


def test_a_score_is_not_two_counts() -> None:
    text = "The team won 3-1 on Wednesday, their second win in four games."
    spans = [q.span.slice(text) for q in factcheck.check(text, dateline="2025-09-04").quantities]
    assert spans == ["four games"]
