from __future__ import annotations

import pytest

import factcheck

D = "2025-09-04"


def quantities(text: str) -> list[tuple[str, object, str | None, str | None]]:
    report = factcheck.check(text, dateline=D)
    return [(q.span.slice(text), q.amount.value, q.noun, q.role) for q in report.quantities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia launched 502 attack drones overnight.",
            [("502 attack drones", 502, "drone", "launched")],
        ),
        (
            "The army fired 24 Kh-101 cruise missiles.",
            [("24 Kh-101 cruise missiles", 24, "missile", "launched")],
        ),
        (
            "Air defences intercepted 430 drones and 21 missiles.",
            [
                ("430 drones", 430, "drone", "intercepted"),
                ("21 missiles", 21, "missile", "intercepted"),
            ],
        ),
        (
            "Some 430 drones and 21 missiles were shot down, the air force said.",
            [
                ("Some 430 drones", 430, "drone", "intercepted"),
                ("21 missiles", 21, "missile", "intercepted"),
            ],
        ),
        (
            "Russia sent 502 drones and 24 missiles; the air force downed 430 and 21.",
            [
                ("502 drones", 502, "drone", "launched"),
                ("24 missiles", 24, "missile", "launched"),
                ("430", 430, "drone", "intercepted"),
                ("21", 21, "missile", "intercepted"),
            ],
        ),
        (
            "The strike killed 12 people, including five children.",
            [("12 people", 12, "person", "killed"), ("five children", 5, "child", "killed")],
        ),
        (
            "Three civilians were injured.",
            [("Three civilians", 3, "civilian", "injured")],
        ),
        (
            "Police found 28 out of 31 bodies.",
            [("28 out of 31", 28, None, None), ("31 bodies", 31, "body", None)],
        ),
    ],
)
def test_quantity_table(text: str, expected: object) -> None:
    assert quantities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Veterans of World War 2 gathered in the square.",
        "The leaders held a one-on-one meeting.",
        "Russia fired a Kh-59 missile.",
        "Ukraine asked for more F-16 jets.",
        "The G7 met in Canada.",
        "COVID-19 cases rose.",
        "Section 427 of the code applies.",
        "The meeting starts at 10:30 local time.",
        "Apollo 11 landed on the Moon in 1969.",
        "Flight 17 was shot down in 2014.",
    ],
)
def test_not_quantities(text: str) -> None:
    assert quantities(text) == []


def test_of_which_refers_back() -> None:
    text = "Russia launched 502 drones, of which 430 were shot down."
    report = factcheck.check(text, dateline=D)
    whole, part = report.quantities
    assert (part.amount.value, part.noun, part.role, part.whole) == (
        430,
        "drone",
        "intercepted",
        whole,
    )


def test_one_of_the_superlative_is_not_a_count() -> None:
    assert quantities("It was one of the largest attacks of the war.") == []


def test_every_quantity_span_is_exact_with_odd_spacing() -> None:
    text = "Russia\u00a0launched\r\n502\u200b drones and 1\u202f000 shells."
    for q in factcheck.check(text, dateline=D).quantities:
        assert text[q.span.start : q.span.end].strip()
    assert [q.amount.value for q in factcheck.check(text, dateline=D).quantities] == [502, 1000]


def test_of_them_reaches_the_previous_sentence() -> None:
    text = "Russia launched 500 drones. Air defences shot down 430 of them."
    report = factcheck.check(text, dateline=D)
    whole, part = report.quantities
    assert (part.noun, part.role, part.whole) == ("drone", "intercepted", whole)
    assert [f.verdict for f in report.findings if f.severity != "info"] == ["consistent"]


def test_hedged_whole_in_a_partitive() -> None:
    text = "It said it shot down 95 of about 100 drones."
    report = factcheck.check(text, dateline=D)
    part, whole = report.quantities
    assert part.whole == whole and whole.amount.hedge == "about"
    assert [f.verdict for f in report.findings if f.severity != "info"] == ["uncertain"]


def test_subject_of_an_active_verb_takes_no_role() -> None:
    assert quantities("Four countries sent observers.") == [("Four countries", 4, "country", None)]
    assert quantities("Officials counted 40 drones launched overnight.")[0][3] == "launched"


def test_irregular_es_plural() -> None:
    assert quantities("A dozen buses arrived.") == [("A dozen buses", 12, "bus", None)]


def test_fraction_is_not_two_counts() -> None:
    assert quantities("Voters backed it 3/4 of the time.") == []


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("At least 27 people were killed and 60 injured.", ["killed", "injured"]),
        ("Air defences shot down 430 of the 502 drones.", ["intercepted", None]),
        ("The army intercepted 430 drones launched overnight.", ["intercepted"]),
    ],
)
def test_role_priorities(text: str, roles: list[str | None]) -> None:
    assert [q.role for q in factcheck.check(text, dateline=D).quantities] == roles


@pytest.mark.parametrize(
    "text",
    [
        "Russia launched 81 drones overnight, of which 45 were shot down. Since the start of "
        "the war, Ukraine has shot down more than 50,000 drones.",
        "Israeli jets struck 120 targets in Gaza overnight. The army said it had destroyed 150 "
        "targets since Sunday.",
    ],
)
def test_running_totals_are_not_parts_of_one_event(text: str) -> None:
    assert factcheck.check(text, dateline=D).problems == ()


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Police detained 40 protesters.", "arrested"),
        ("Crews evacuated 300 residents.", "evacuated"),
        ("Rescuers pulled out 12 survivors.", "rescued"),
        ("At least 20 people were missing.", "missing"),
        ("The floods displaced 5,000 families.", "displaced"),
        ("Lawmakers voted against 3 amendments.", "voted_against"),
        ("The city spent $40 million on repairs.", "spent"),
    ],
)
def test_more_roles(text: str, role: str) -> None:
    (q,) = factcheck.check(text, dateline=D).quantities
    assert q.role == role


@pytest.mark.parametrize(
    ("text", "wholes"),
    [
        ("Of the 40 passengers, 32 were rescued.", {"32": "40"}),
        ("But of the 40 passengers on board, 32 were rescued, officials said.", {"32": "40"}),
        (
            "Of the 502 drones and 24 missiles, 430 and 21 were shot down.",
            {"430": "502", "21": "24"},
        ),
        ("Out of 300 schools, 280 reopened.", {"280": "300"}),
        # "among" opens no partitive: what follows is often no part of it.
        ("Among the 5 boroughs, 300 were shot.", {}),
        ("Among the 120 passengers, 30 were children.", {}),
        # Not fronted: "of" inside the sentence, or no comma before the next count.
        ("He spoke of the 40 passengers and 32 crew.", {}),
        ("Among the 120 passengers were 30 children.", {}),
        # An age is no part: "95-year-old Ava".
        ("Of the 8 victims, 95-year-old Ava was the oldest.", {}),
        ("Of the 3 suspects, 19-year-old Sam Lee was charged.", {}),
        ("Officials spoke of the 40 passengers, 32 crew and two pilots.", {}),
    ],
)
def test_a_fronted_partitive_is_the_whole_of_the_counts_after_its_comma(
    text: str, wholes: dict[str, str]
) -> None:
    report = factcheck.check(text, dateline=D)
    linked = {
        q.number.span.slice(text): q.whole.number.span.slice(text)
        for q in report.quantities
        if q.whole is not None
    }
    assert linked == wholes


def test_a_fronted_whole_takes_no_role_from_its_parts() -> None:
    text = "Of the 40 passengers, 52 were rescued."
    report = factcheck.check(text, dateline=D)
    assert [(q.amount.value, q.role) for q in report.quantities] == [(40, None), (52, "rescued")]
    [finding] = report.problems
    assert finding.rule_id == "quantity.part-exceeds-whole"
    assert [e.span.slice(text) for e in finding.evidence] == ["52", "40 passengers"]
