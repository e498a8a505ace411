"""Lists against the counts that announce them: table tests of real-looking sentences."""

from __future__ import annotations

import pytest

import factcheck

D = "2025-09-04"


def verdicts(text: str) -> list[tuple[str, str]]:
    report = factcheck.check(text, dateline=D)
    return [(f.rule_id, f.verdict) for f in report.findings]


COUNT = "quantity.enumeration-count"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police detained 10 men (Smith and Jones), and 2 were freed.", [(COUNT, "consistent")]),
        ("City, unbeaten in 12 games, beat United 3-1, Spurs 2-0 and Everton 4-2.", []),
        (
            "Police arrested three men: John Smith, 45, Peter Jones, 32, and Ali Khan, 27.",
            [(COUNT, "consistent")],
        ),
        ("Two people died: a man, 54, and a woman, 61.", [(COUNT, "consistent")]),
        (
            "Officials named 5 cities: Kyiv, Lviv, Odesa, Dnipro and Kharkiv; 3 towns: Irpin, "
            "Bucha and Hostomel.",
            [(COUNT, "consistent"), (COUNT, "consistent")],
        ),
        ("Officials named 1" + "0" * 400 + " cities: Kyiv, Lviv and Odesa.", []),
        ("Four ministers resigned: Smith, Jones and Brown.", [(COUNT, "inconsistent")]),
        ("Four ministers, including Smith and Jones, resigned.", [(COUNT, "consistent")]),
        ("Two ministers, including Smith, Jones and Brown, resigned.", [(COUNT, "inconsistent")]),
    ],
)
def test_enumeration_table(text: str, expected: list[tuple[str, str]]) -> None:
    assert verdicts(text) == expected


def test_lists_on_the_lines_after_a_colon() -> None:
    story = (
        "date 2025-09-04\nAir defences downed {total} drones overnight:\n"
        "- 11 over Belgorod\n- 28 over Voronezh\n- 17 over Rostov\n\n"
        "Officials said more attacks were likely."
    )
    ok = factcheck.check(story.format(total=56))
    assert [(e.count.value, e.numeric) for e in ok.enumerations] == [(56, True)]
    assert not ok.problems
    wrong = factcheck.check(story.format(total=66))
    assert [f.rule_id for f in wrong.problems] == ["quantity.sum-mismatch"]
    names = factcheck.check(
        "date 2025-09-04\nFive countries pledged troops:\nFrance\nGermany\nPoland\nSpain\n\n"
        "The rest declined."
    )
    assert [(f.rule_id, f.verdict) for f in names.problems] == [
        ("quantity.enumeration-count", "inconsistent")
    ]


def test_a_figure_for_each_of_several_places_counts_once_per_place() -> None:
    story = (
        "Air defences destroyed {total} drones: 11 over Belgorod, 28 over Voronezh, "
        "two each over Oryol and Kaluga, and 13 over Rostov."
    )
    ok = factcheck.check(story.format(total=56), dateline="2025-09-04")
    assert [e.count.value for e in ok.enumerations] == [56] and not ok.problems
    wrong = factcheck.check(story.format(total=58), dateline="2025-09-04")
    assert [f.rule_id for f in wrong.problems] == ["quantity.sum-mismatch"]


@pytest.mark.parametrize(
    ("story", "problems"),
    [
        (
            "Air defences downed 56 drones overnight:\n11 over Belgorod\n28 over Voronezh\n"
            "17 over Rostov\n\nMore attacks came.",
            [],
        ),
        (
            "Air defences downed 66 drones overnight:\n11 over Belgorod\n28 over Voronezh\n"
            "17 over Rostov\n\nMore attacks came.",
            ["quantity.sum-mismatch"],
        ),
        ("Air defences downed 56 drones: Belgorod 11, Voronezh 28 and Rostov 17.", []),
        (
            "Air defences downed 56 drones: Belgorod 11, Voronezh 28 and Rostov 27.",
            ["quantity.sum-mismatch"],
        ),
    ],
)
def test_breakdowns_on_lines_and_with_figures_after_names(story: str, problems: list[str]) -> None:
    report = factcheck.check(story, dateline="2025-09-04")
    assert [f.rule_id for f in report.problems] == problems


def test_a_name_after_figures_belongs_to_the_figure_before_it() -> None:
    text = (
        "The recall covers 1.2 million vehicles, including 900,000 in the United States "
        "and 300,000 in Canada and Mexico."
    )
    report = factcheck.check(text, dateline="2025-09-04")
    assert [(f.rule_id, f.verdict) for f in report.findings] == [
        ("quantity.sum-mismatch", "consistent")
    ]
    assert "1,200,000" in report.findings[0].message  # never "1.2e+06"
