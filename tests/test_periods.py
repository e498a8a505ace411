"""Periods against the dateline: relative years, months and quarters, "ago", seasons,
weekends, decades, months without a day, bare years, and "now"/"recently"."""

from __future__ import annotations

import pytest

import factcheck
from factcheck.timeml import timeml_timexes, timeml_value

DATELINE = "2025-09-04"  # a Thursday in the third quarter


def dates(text: str, dateline: str = DATELINE) -> list[tuple[str, str | None]]:
    report = factcheck.check(text, dateline=dateline)
    return [(d.span.slice(text), timeml_value(d)) for d in report.dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports fell last year.", [("last year", "2024")]),
        ("The vote is due early next year.", [("early next year", "2026")]),
        ("Prices rose earlier this month.", [("earlier this month", "2025-09")]),
        ("Sales rose last month.", [("last month", "2025-08")]),
        ("The bank expects growth this quarter.", [("this quarter", "2025-Q3")]),
        ("The plant closed three years ago.", [("three years ago", "2022")]),
        ("She moved here two weeks ago.", [("two weeks ago", "2025-W34")]),
        ("They met 10 days ago.", [("10 days ago", "2025-08-25")]),
        ("Last month's bombing killed four.", [("Last month's", "2025-08")]),
        ("He will stand in this year's election.", [("this year's", "2025")]),
    ],
)
def test_relative_periods(text: str, expected: object) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profit rose in the third quarter.", [("the third quarter", "2025-Q3")]),
        ("Fourth-quarter sales will be weak.", [("Fourth-quarter", "2024-Q4")]),
        ("Output grew in the first half of 2024.", [("the first half of 2024", "2024-H1")]),
        ("It compares with the 2023 second quarter.", [("the 2023 second quarter", "2023-Q2")]),
        ("It beat the year-ago third quarter.", [("the year-ago third quarter", "2024-Q3")]),
    ],
)
def test_quarters_and_halves(text: str, expected: object) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks resume this summer.", [("this summer", "2025-SU")]),
        ("The dam broke last spring.", [("last spring", "2025-SP")]),
        ("Protesters gathered over the weekend.", [("the weekend", "2025-W35-WE")]),
        ("Growth was slow in the 1990s.", [("the 1990s", "199")]),
        ("Rents soared in the mid-1980s.", [("the mid-1980s", "198")]),
        ("The law dates from the 19th century.", [("the 19th century", "18")]),
        ("The fall of the Berlin Wall changed Europe.", []),
    ],
)
def test_seasons_weekends_decades_and_centuries(text: str, expected: object) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ceasefire took effect in August.", [("August", "2025-08")]),
        ("Elections are due in March.", [("March", "2026-03")]),
        ("Talks collapsed last May.", [("last May", "2025-05")]),
        ("Fighting eased in early September.", [("early September", "2025-09")]),
        ("Theresa May said talks would go on.", []),
        ("May I ask a question?", []),
    ],
)
def test_months_without_a_day(text: str, expected: object) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 1990 law still stands.", [("1990", "1990")]),
        ("Results for fiscal 1989 were flat.", [("fiscal 1989", "1989")]),
        ("About 2000 people marched.", []),
        ("The army sent 1990 troops.", []),
        ("Revenue was $2025 per head.", []),
    ],
)
def test_bare_years(text: str, expected: object) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks are now in their third week.", [("now", "PRESENT_REF")]),
        ("He recently returned from Kyiv.", [("recently", "PAST_REF")]),
        ("More strikes may come in the future.", [("the future", "FUTURE_REF")]),
    ],
)
def test_references(text: str, expected: object) -> None:
    assert dates(text) == expected


def test_last_weekday_is_in_the_week_before() -> None:
    # 2025-09-04 is a Thursday: "last Monday" is 2025-08-25, "Monday" alone 2025-09-01.
    assert dates("He said last Monday that he would go.") == [("last Monday", "2025-08-25")]
    assert dates("He said on Monday that he would go.") == [("Monday", "2025-09-01")]


def test_periods_need_a_dateline_to_resolve() -> None:
    report = factcheck.check("Exports fell last year.")
    (period,) = report.dates
    assert period.first is None and timeml_value(period) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The law passed in nineteen ninety-six.", [("nineteen ninety-six", "1996")]),
        (
            "It began in January nineteen ninety-seven.",
            [("January nineteen ninety-seven", "1997-01")],
        ),
        ("Plans for the year two thousand were drawn up.", [("the year two thousand", "2000")]),
        ("They counted three hundred and two thousand votes.", []),
    ],
)
def test_years_in_words(text: str, expected: object) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "rule", "verdict"),
    [
        ("The accord was signed on September 31.", "date.impossible", "inconsistent"),
        ("The accord was signed on 2025-02-30.", "date.impossible", "inconsistent"),
        (
            "The minister said on September 10 that talks would resume.",
            "date.after-dateline",
            "inconsistent",
        ),
        (
            "The minister said on Sept. 3 that talks would resume.",
            "date.after-dateline",
            "consistent",
        ),
        (
            "The bid, due to expire last Thursday, was extended to Nov. 6.",
            "date.after-dateline",
            None,
        ),
        ("The talks were scheduled for September 10.", "date.after-dateline", None),
    ],
)
def test_impossible_dates_and_past_events_after_the_dateline(
    text: str, rule: str, verdict: str | None
) -> None:
    report = factcheck.check(text, dateline=DATELINE)
    found = [f.verdict for f in report.findings if f.rule_id == rule]
    assert found == ([] if verdict is None else [verdict])


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Three years after the February 2022 invasion, the war is still raging.", "consistent"),
        ("Two years after the February 2022 invasion, fighting continues.", "inconsistent"),
        ("The war, which began in February 2022, is now in its fourth year.", "consistent"),
        ("The war, which began in February 2022, is now in its third year.", "inconsistent"),
        (
            "More than three years since the February 2022 invasion, talks have stalled.",
            "consistent",
        ),
        ("He was elected three years after the 2019 crash.", None),
    ],
)
def test_elapsed_time_against_the_dateline(text: str, verdict: str | None) -> None:
    report = factcheck.check(text, dateline=DATELINE)
    found = [f.verdict for f in report.findings if f.rule_id == "date.elapsed-mismatch"]
    assert found == ([] if verdict is None else [verdict])


def test_elapsed_time_without_a_dateline_is_uncertain() -> None:
    report = factcheck.check(
        "Three years after the February 2022 invasion, the war is still raging."
    )
    assert [f.verdict for f in report.findings if f.rule_id == "date.elapsed-mismatch"] == [
        "uncertain"
    ]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Voting opens at 10 a.m. EDT (1400 GMT) on Thursday.", "consistent"),
        ("Voting opens at 10 a.m. EDT (1500 GMT) on Thursday.", "inconsistent"),
        ("Talks begin at 9 a.m. ET (1400 GMT).", "inconsistent"),
        ("Talks begin at 9 a.m. ET (1400 GMT) on Jan. 8.", "consistent"),
        ("The summit starts at 2pm Kyiv time (1100 GMT).", "consistent"),
        ("Markets close at 16:30 BST, 1530 GMT.", "consistent"),
        ("The flight lands at 10 p.m. EDT (0200 GMT).", "consistent"),
        ("Smith et al. met at 10 a.m. at the hotel.", None),
    ],
)
def test_clock_times_and_their_conversions(text: str, verdict: str | None) -> None:
    report = factcheck.check(text, dateline=DATELINE)
    found = [f.verdict for f in report.findings if f.rule_id == "time.zone-mismatch"]
    assert found == ([] if verdict is None else [verdict])


def test_review_regressions_for_dates() -> None:
    # Digits too long for a date never crash the ISO reader.
    assert factcheck.check("It was signed on 2025-09-9999999999.", dateline=DATELINE)
    # A full stop after a full month name is no abbreviation dot.
    assert dates("It was signed on 1 May.") == [("1 May", "2025-05-01")]
    # "next Thursday" is the Thursday of the week after the dateline's.
    assert dates("He will meet them next Thursday.") == [("next Thursday", "2025-09-11")]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The vote was held last year (2024).", "consistent"),
        ("Sales rose last year, in 2023.", "inconsistent"),
        ("He left last week, on Aug. 28.", "consistent"),
        ("Prices fell last month, in July.", "inconsistent"),
        ("Prices fell last month, in August.", "consistent"),
    ],
)
def test_relative_periods_beside_calendar_dates(text: str, verdict: str) -> None:
    report = factcheck.check(text, dateline=DATELINE)
    found = [f.verdict for f in report.findings if f.rule_id == "date.relative-conflict"]
    assert found == [verdict]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The court ruled on 9/24/2025.", [("9/24/2025", "2025-09-24")]),
        ("The court ruled on 24/9/2025.", [("24/9/2025", "2025-09-24")]),
        ("The court ruled on 9/4/2025.", [("9/4/2025", None)]),
        ("The court ruled on Thursday, 9/4/2025.", [("Thursday, 9/4/2025", "2025-09-04")]),
        ("The court ruled on 4.9.2025.", [("4.9.2025", "2025-09-04")]),
        ("The court ruled on 9/4/25.", [("9/4/25", None)]),
    ],
)
def test_numeric_dates(text: str, expected: object) -> None:
    assert dates(text) == expected


def test_numeric_dates_follow_the_datelines_order() -> None:
    us = factcheck.check("WASHINGTON, Sept. 4, 2025 (AP) \u2014 The court ruled on 9/4/2025.")
    uk = factcheck.check("LONDON, 4 September 2025 (Reuters) - The court ruled on 9/4/2025.")
    assert [timeml_value(d) for d in us.dates][-1] == "2025-09-04"
    assert [timeml_value(d) for d in uk.dates][-1] == "2025-04-09"


def test_ranges_and_since() -> None:
    report = factcheck.check(
        "Prices rose from May to July. Output grew between 2015 and 2018. "
        "The war has raged since February 2022.",
        dateline=DATELINE,
    )
    found = [(d.span.slice(report.text), str(d.first), str(d.last)) for d in report.dates]
    assert found == [
        ("from May to July", "2025-05-01", "2025-07-31"),
        ("between 2015 and 2018", "2015-01-01", "2018-12-31"),
        ("since February 2022", "2022-02-01", "2025-09-04"),
    ]


def test_review_regressions_for_years_and_since_ranges() -> None:
    # Counts that look like years stay counts.
    assert dates("The army sent 1990 of them home.") == []
    assert dates("Between 1,500 to 2000 people came.") == []
    assert dates("Flight 1990 landed safely.") == []
    # "since May 2024" is a range up to the dateline, and still the start of an elapsed time.
    report = factcheck.check(
        "More than 15 months since May 2024, talks have stalled.", dateline=DATELINE
    )
    assert [f.verdict for f in report.findings if f.rule_id == "date.elapsed-mismatch"] == [
        "consistent"
    ]


def test_month_with_a_relative_year() -> None:
    assert dates("Prices peaked in June last year.") == [("June last year", "2024-06")]
    assert dates("Talks began in January this year.") == [("January this year", "2025-01")]


def test_fuzz_regression_clock_minutes_must_be_digits() -> None:
    # Found by the atheris harness: "$48:.5 million" read ".5" as the minutes of a time.
    report = factcheck.check("Profit rose to $643 million from $48:.5 million.")
    assert not [f for f in report.findings if f.verdict == "error"]


@pytest.mark.parametrize(
    ("text", "dateline", "expected"),
    [
        # A verb of the past not in "-ed", or one in "-ed" a few words off, makes the month
        # the one gone, not the nearer one to come.
        (
            "He stepped down as chairman, president and chief executive in March.",
            "1989-11-02",
            [("March", "1989-03")],
        ),
        (
            "In January, the company brought in a new chief executive.",
            "1989-10-27",
            [("January", "1989-01")],
        ),
        (
            "Since the fund bought the firm in February, it has sold two units.",
            "1989-10-30",
            [("February", "1989-02")],
        ),
        # "will" a dozen words before the month still makes it future.
        (
            "The airline will almost double its flights between the two countries by August.",
            "1998-02-13",
            [("August", "1998-08")],
        ),
        # A deadline is to come, unless its clause is past: then the nearest.
        ("The talks are supposed to conclude by May.", "1998-03-22", [("May", "1998-05")]),
        (
            "The ministry gave the bidder until mid-November to submit more data.",
            "1989-10-30",
            [("mid-November", "1989-11")],
        ),
        # A passive of the present ("is expected") is no past.
        (
            "Shareholders get $3,500 a share at closing, which is expected in December.",
            "1989-11-02",
            [("December", "1989-12")],
        ),
        # An "-ed" word after a determiner modifies a noun: no tense, the nearest month.
        ("The delayed vote in March is in doubt.", "1989-11-02", [("March", "1990-03")]),
    ],
)
def test_months_take_the_tense_of_their_clause(text: str, dateline: str, expected: object) -> None:
    assert dates(text, dateline) == expected


@pytest.mark.parametrize(
    ("text", "dateline", "expected"),
    [
        # The verb right before a date with no year turns it to the past when the nearest
        # year would put it months after the dateline...
        (
            "The unit had revenue of $76 million in the year ended March 31.",
            "1989-11-01",
            [("March 31", "1989-03-31")],
        ),
        (
            "In the fiscal year ended Jan. 31, the company reported sales of $59.5 million.",
            "1989-10-31",
            [("Jan. 31", "1989-01-31")],
        ),
        # ...but not a passive of the future, nor a past verb far from the date...
        ("The increased dividend will be paid Dec. 14.", "1989-10-26", [("Dec. 14", "1989-12-14")]),
        (
            "Directors authorized a 3-for-2 split of the common, payable Dec. 7.",
            "1989-10-27",
            [("Dec. 7", "1989-12-07")],
        ),
        # ...and a date days after the dateline stays there, for date.after-dateline.
        (
            "The minister said on September 10 that talks would resume.",
            DATELINE,
            [("September 10", "2025-09-10")],
        ),
    ],
)
def test_dates_without_a_year_and_the_tense_of_their_verb(
    text: str, dateline: str, expected: object
) -> None:
    assert dates(text, dateline) == expected


def test_a_range_keeps_both_of_its_ends() -> None:
    text = "The fund bought 100,000 shares from Aug. 26 to Oct. 20 for $23.31 to $24.25."
    (found,) = factcheck.check(text, dateline="1989-10-30").dates
    assert found.range_start is not None and found.range_end is not None
    assert found.range_start.span.slice(text) == "Aug. 26"
    assert found.range_end.span.slice(text) == "Oct. 20"
    assert [(span.slice(text), value) for span, value in timeml_timexes(found)] == [
        ("Aug. 26", "1989-08-26"),
        ("Oct. 20", "1989-10-20"),
    ]
    since = factcheck.check("It has grown since 2015.", dateline=DATELINE).dates[0]
    assert since.range_end is None
    assert [value for _, value in timeml_timexes(since)] == ["2015"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Counted from the date spoken of last, not from the dateline.
        (
            "On May 22, 1995, she was made a general, and the following year she went abroad.",
            [("May 22, 1995", "1995-05-22"), ("the following year", "1996")],
        ),
        (
            "Imports totaled $37 million in 1988, a small share of all imports that year.",
            [("1988", "1988"), ("that year", "1988")],
        ),
        (
            "In March, the company received an offer. The following month, it put itself up "
            "for sale.",
            [("March", "2025-03"), ("The following month", "2025-04")],
        ),
        (
            "The plant opened on June 3, 2019. A week later it was shut.",
            [("June 3, 2019", "2019-06-03"), ("A week later", "2019-W24")],
        ),
        # With no date before it, or none as fine as its unit, it names nothing.
        ("That year was a bad one for the firm.", []),
        ("Sales fell in 2019, and the following month they rose.", [("2019", "2019")]),
        # The quarter spoken of, counted back a year or set in the year written.
        (
            "It lost $8 million in the third quarter, against a profit of $1.8 million for the "
            "corresponding period last year.",
            [("the third quarter", "2025-Q3"), ("the corresponding period last year", "2024-Q3")],
        ),
        (
            "It lost money in the third quarter. Sales for last year's quarter were $3 million.",
            [("the third quarter", "2025-Q3"), ("last year's quarter", "2024-Q3")],
        ),
        (
            "It earned 14 cents in the third quarter, against 16 cents in the 2024 quarter.",
            [("the third quarter", "2025-Q3"), ("the 2024 quarter", "2024-Q3")],
        ),
        # Decades in words; "the past" alone, but not as the head of a longer period.
        ("Membership fell through the nineties.", [("the nineties", "199")]),
        ("In the late sixties he sang in clubs.", [("the late sixties", "196")]),
        ("She is in her sixties.", []),
        ("In the past, the firm did well.", [("the past", "PAST_REF")]),
        ("Prices rose over the past year.", [("the past year", "2024")]),
        ("Prices rose over the past three years.", [("the past three years", "2022-09-04")]),
    ],
)
def test_periods_counted_from_the_text(text: str, expected: object) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "dateline", "expected"),
    [
        # "the year" is the dateline's, but not when a year or a fiscal year's end follows.
        ("Pet food volume was flat for the year.", "1989-11-02", [("the year", "1989")]),
        (
            "His promise was to halve unemployment by the year two thousand.",
            "1998-02-05",
            [("the year two thousand", "2000")],
        ),
        ("Sales rose in the year ended March 31.", "1989-11-01", [("March 31", "1989-03-31")]),
        # A year said in words with the shape only years have needs no cue before it.
        (
            "Atlanta, nineteen ninety-six. A bomb shook the games.",
            "1998-02-27",
            [("nineteen ninety-six", "1996")],
        ),
        ("The team has nineteen ten-year-olds.", "1998-02-27", []),
        # A year after a capitalized word inside a sentence is part of a name...
        ("They set up a venture called Orion 1980 to build parts.", "1998-04-18", []),
        # ...but not after a possessive or a month.
        ("Navigation Mixte's 1989 profit is likely to rise.", "1989-10-27", [("1989", "1989")]),
        # A title in quotes names no week; a day word after "the ... of" names an age.
        ('Baker said on ABC\'s "This Week" that the talks would go on.', "1990-08-13", []),
        ("He wanted the people of tomorrow on the board.", "1989-11-02", []),
        ("Prices as of today are high.", "1989-11-02", [("today", "1989-11-02")]),
        # After "the first nine months", "a year earlier" is no longer the quarter's.
        (
            "Profit fell in the third quarter. In the first nine months, net was $306 million, "
            "up from $195 million a year earlier.",
            "1989-11-02",
            [("the third quarter", "1989-Q3"), ("a year earlier", "1988")],
        ),
    ],
)
def test_review_of_timebank_misreadings(text: str, dateline: str, expected: object) -> None:
    assert dates(text, dateline) == expected


@pytest.mark.parametrize(
    ("text", "dateline", "expected"),
    [
        # A contraction in "'ll" makes the clause future.
        ("We'll meet them on Friday.", "2016-11-07", [("Friday", "2016-11-11")]),
        ("They won't vote on Friday.", "2016-11-07", [("Friday", "2016-11-11")]),
        ("I'll go back Oct. 2.", "2016-11-07", [("Oct. 2", "2017-10-02")]),
        # "this Friday" is the one to come; a weekday beside a week is that week's day.
        ("The vote is this Friday.", "2016-11-07", [("this Friday", "2016-11-11")]),
        ("They meet next week on Friday.", "2016-11-07", [("next week on Friday", "2016-11-18")]),
        ("He travels Tuesday next week.", "2018-03-20", [("Tuesday next week", "2018-03-27")]),
        ("They met last week Sunday.", "2016-11-07", [("last week Sunday", "2016-11-06")]),
        ("It opens on Sunday of next week.", "2018-03-20", [("Sunday of next week", "2018-04-01")]),
        # Counted from a day word.
        (
            "The loan falls due two weeks from now.",
            "2016-11-07",
            [("two weeks from now", "2016-W47")],
        ),
        ("A year from now, prices will be higher.", "2016-11-07", [("A year from now", "2017")]),
        (
            "The polls close three days from tomorrow.",
            "2018-05-31",
            [("three days from tomorrow", "2018-06-04")],
        ),
        (
            "He left two days before yesterday.",
            "2018-05-31",
            [("two days before yesterday", "2018-05-28")],
        ),
        ("The camp is 5 miles from the town.", "2018-05-31", []),
    ],
)
def test_weekdays_weeks_and_counts_from_a_day(text: str, dateline: str, expected: object) -> None:
    assert dates(text, dateline) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales rose in Q3 2024.", [("Q3 2024", "2024-Q3")]),
        ("Sales rose 4% in Q2.", [("Q2", "2025-Q2")]),
        ("Profit in H1 2025 fell.", [("H1 2025", "2025-H1")]),
        ("The q3 file was lost.", []),
        # An acronym or an article before a year leaves it a date; a name does not.
        ("Revenue for FY 2024 rose.", [("2024", "2024")]),
        ("Costs rose ahead of the Tokyo 2020 Olympics.", [("2020", "2020")]),
        ("They set up a venture called Orion 1980.", []),
    ],
)
def test_short_quarters_and_years_beside_names(text: str, expected: object) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # A range's end with no year lies after its start, in the start's year if it can.
        ("I'll be out from Oct. 2 to October 22.", "2017-10-02", "2017-10-22"),
        ("Sales ran from Dec. 20 to Jan. 5.", "2015-12-20", "2016-01-05"),
        ("It ran from Oct. 2, 2015 to Oct. 22.", "2015-10-02", "2015-10-22"),
        # A start with no year lies before an end that has one.
        ("It ran from Oct. 2 to Oct. 22, 2015.", "2015-10-02", "2015-10-22"),
        ("It ran from Dec. 2 to Jan. 22, 2015.", "2014-12-02", "2015-01-22"),
    ],
)
def test_range_ends_without_a_year(text: str, first: str, last: str) -> None:
    (found,) = factcheck.check(text, dateline="2016-11-07").dates
    assert (str(found.first), str(found.last)) == (first, last)
    assert found.range_start is not None and found.range_end is not None
    assert (str(found.range_start.first), str(found.range_end.last)) == (first, last)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A quarter set in another year refers back: it does not become the anchor.
        (
            "It lost money in the third quarter, against a profit in the 1988 period. Sales "
            "were $5 million a year earlier.",
            [
                ("the third quarter", "1989-Q3"),
                ("the 1988 period", "1988-Q3"),
                ("a year earlier", "1988-Q3"),
            ],
        ),
        ("In the past century, the town grew.", []),
        # "that ended" is a verb of the past, not a modifier.
        (
            "Revenue for the quarter that ended March 31 rose.",
            [("the quarter", "1989-Q3"), ("March 31", "1989-03-31")],
        ),
    ],
)
def test_review_of_the_anchor_and_modifiers(text: str, expected: object) -> None:
    assert dates(text, "1989-11-02") == expected


@pytest.mark.parametrize(
    ("text", "first", "last", "reference"),
    [
        ("Prices rose 20% over the past three years.", "2013-11-07", "2016-11-07", None),
        ("It happened in the last two decades.", "1996-11-07", "2016-11-07", None),
        ("The plan covers the next 3 months.", "2016-11-08", "2017-02-07", None),
        ("He spent the past 10 days in jail.", "2016-10-28", "2016-11-07", None),
        ("In the past few days, it rained.", "None", "None", "past"),
        ("Sales will be flat for the rest of the year.", "2016-11-07", "2016-12-31", None),
    ],
)
def test_spans_counted_from_the_dateline(
    text: str, first: str, last: str, reference: str | None
) -> None:
    (found,) = factcheck.check(text, dateline="2016-11-07").dates
    assert (str(found.first), str(found.last), found.reference) == (first, last, reference)


def test_last_before_a_count_of_other_things_is_no_span() -> None:
    assert factcheck.check("The last three games were lost.", dateline="2016-11-07").dates == ()


def _dates_and_findings(text: str, dateline: str = DATELINE) -> tuple[object, object]:
    report = factcheck.check(text, dateline=dateline)
    found = [(d.span.slice(text), timeml_value(d)) for d in report.dates]
    problems = [f.rule_id for f in report.findings if f.verdict == "inconsistent"]
    return found, problems


@pytest.mark.parametrize(
    ("text", "dateline", "expected"),
    [
        # 1. A possessive day word, or a part of the day, is a day after "the ... of".
        (
            "The results of yesterday's vote were announced.",
            DATELINE,
            [("yesterday's", "2025-09-03")],
        ),
        ("Bids are due by the end of today.", DATELINE, [("today", "2025-09-04")]),
        # 2. The reporting day of wire copy is not what "a year later" counts from.
        (
            "Smith joined Acme in 1998, the company said on Tuesday. A year later, in 1999, he "
            "was promoted.",
            DATELINE,
            [
                ("1998", "1998"),
                ("Tuesday", "2025-09-02"),
                ("A year later", "1999"),
                ("1999", "1999"),
            ],
        ),
        (
            "The plant opened in 2010, officials said on Monday. That year, it employed 400.",
            DATELINE,
            [("2010", "2010"), ("Monday", "2025-09-01"), ("That year", "2010")],
        ),
        # 3. "the year" is the year written just before, and no title or other period.
        (
            "The crisis began in 2008, the year Lehman Brothers collapsed.",
            DATELINE,
            [("2008", "2008"), ("the year", "2008")],
        ),
        ("She was named Player of the Year in 2019.", DATELINE, [("2019", "2019")]),
        ("Sales rose 5% from the year before.", DATELINE, []),
        (
            "Net income for 2024 rose 5%. For the year, revenue was $3 billion.",
            "2025-02-12",
            [("2024", "2024"), ("the year", "2024")],
        ),
        # 4. Decades in words only where a decade is meant.
        ("Highs will reach the nineties today.", "2025-07-04", [("today", "2025-07-04")]),
        ("Temperatures in the nineties broke records.", "2025-07-04", []),
        ("The stock traded in the forties.", "2025-07-04", []),
        # 5. "said Monday next week's summit": the day of saying, then a week.
        (
            "The ministry said Monday next week's summit had been cancelled.",
            DATELINE,
            [("Monday", "2025-09-01"), ("next week's", "2025-W37")],
        ),
        (
            "He said Thursday next week would be decisive.",
            DATELINE,
            [("Thursday", "2025-09-04"), ("next week", "2025-W37")],
        ),
        # 6. A season or a holiday before a year leaves it a date.
        ("Enrollment in Fall 2024 rose.", DATELINE, [("2024", "2024")]),
        ("Bookings for Christmas 2024 were strong.", DATELINE, [("2024", "2024")]),
        # 8. "this Monday" said in the past is the one gone.
        (
            "The minister said this Monday that talks would resume.",
            DATELINE,
            [("this Monday", "2025-09-01")],
        ),
        # 9. "that" before a participle modifies a noun: the future cue wins.
        ("The company will launch that updated model in June.", DATELINE, [("June", "2026-06")]),
        # 10. "the past" before a noun we do not read is no reference.
        ("Sales rose in the past quarter.", DATELINE, []),
        ("In the past it considered a bid.", DATELINE, [("the past", "PAST_REF")]),
        # Q3 of sport or of a car is no quarter; of revenue, or with a year, it is.
        ("Hamilton was fastest in Q3.", DATELINE, []),
        ("He scored 40 points in Q4 tonight.", DATELINE, [("tonight", "2025-09-04")]),
        ("The new Audi Q3 2025 is on sale.", DATELINE, [("2025", "2025")]),
        ("Revenue fell in Q3.", DATELINE, [("Q3", "2025-Q3")]),
    ],
)
def test_review_of_the_new_date_forms(text: str, dateline: str, expected: object) -> None:
    found, problems = _dates_and_findings(text, dateline)
    assert found == expected
    assert problems == []


def test_anchor_survives_a_span_of_months_that_is_no_period_of_the_report() -> None:
    text = (
        "Third-quarter profit rose to $5 million. The firm has been restructuring for six "
        "months. A year earlier, profit was $4 million."
    )
    assert dates(text)[-1] == ("A year earlier", "2024-Q3")


def test_a_moved_month_keeps_its_own_last_day() -> None:
    (found,) = factcheck.check("Prices fell from February to March 2024.", dateline=DATELINE).dates
    assert found.range_start is not None
    assert (str(found.range_start.first), str(found.range_start.last)) == (
        "2024-02-01",
        "2024-02-29",
    )


def test_a_month_moved_out_of_a_leap_year_keeps_the_range_short() -> None:
    (found,) = factcheck.check(
        "Prices rose from February to March 2025.", dateline="2024-03-10"
    ).dates
    assert (str(found.first), str(found.last)) == ("2025-02-01", "2025-03-31")


def test_that_before_a_verb_and_a_date_opens_a_clause() -> None:
    text = "Revenue for the quarter that ended March 31 was high."
    assert dates(text, "1989-11-02") == [("the quarter", "1989-Q3"), ("March 31", "1989-03-31")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Apple's Q3 revenue rose.", [("Q3", "2025-Q3")]),
        ("In the 1990s, the year was a good one.", [("the 1990s", "199"), ("the year", "2025")]),
    ],
)
def test_review_of_the_date_docs(text: str, expected: object) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "dateline", "dates_expected"),
    [
        # A date without a year after one of an earlier year (second review).
        (
            "The agency announced on June 5, 2023, that it would investigate. It said on June 20 "
            "that it had found no wrongdoing.",
            "2025-06-02",
            [("June 5, 2023", "2023-06-05"), ("June 20", "2023-06-20")],
        ),
        (
            "The fire started on Tuesday, Aug. 8, 2023, and by Thursday, Aug. 10, it had "
            "destroyed the town.",
            "2025-01-20",
            [("Tuesday, Aug. 8, 2023", "2023-08-08"), ("Thursday, Aug. 10", "2023-08-10")],
        ),
        (
            "The war began in 2023. On Saturday, Oct. 7, fighters crossed the border.",
            "2025-03-01",
            [("2023", "2023"), ("Saturday, Oct. 7", "2023-10-07")],
        ),
        (
            "The storm made landfall on Sept. 26, 2024. The next day, Sept. 27, floods swept "
            "the town.",
            "2025-03-10",
            [
                ("Sept. 26, 2024", "2024-09-26"),
                ("The next day", "2024-09-27"),
                ("Sept. 27", "2024-09-27"),
            ],
        ),
        # An anniversary: "today" marks it, the date beside it is the day long ago.
        (
            "The Berlin Wall fell 36 years ago today, on Nov. 9, 1989.",
            "2025-11-09",
            [("36 years ago", "1989"), ("today", "2025-11-09"), ("Nov. 9, 1989", "1989-11-09")],
        ),
        # The weekday of a range's end is not the weekday of its start.
        (
            "Early voting runs Monday through Friday, Sept. 8-12.",
            "2025-09-01",
            [("Monday through Friday, Sept. 8-12", "2025-09-08")],
        ),
        # A period counted from the text is counted from in turn.
        (
            "Sales fell in 2023 but recovered the following year. A year later, in 2025, they "
            "rose again.",
            "2025-01-15",
            [
                ("2023", "2023"),
                ("the following year", "2024"),
                ("A year later", "2025"),
                ("2025", "2025"),
            ],
        ),
    ],
)
def test_second_review_of_dates_in_stories(
    text: str, dateline: str, dates_expected: object
) -> None:
    found, problems = _dates_and_findings(text, dateline)
    assert found == dates_expected
    assert problems == []


def test_a_wrong_day_beside_yesterday_is_still_reported() -> None:
    _, problems = _dates_and_findings("Shelling killed two people yesterday, Sept. 2.")
    assert problems == ["date.relative-conflict"]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("With 95% of votes counted, Trump had 50.9% of the vote to Harris's 47.5%.", "consistent"),
        (
            "With 98% of precincts reporting, Smith had 52% of the vote to Jones's 49%.",
            "consistent",
        ),
        ("Turnout was 67%, and the incumbent won 58% of the vote to 40%.", "consistent"),
        ("Smith won 52% of the vote in the county and Jones 55%.", "inconsistent"),
        (
            "Apple's market share was 18%, Samsung's 19% and Xiaomi's 14%, with 70% of phones "
            "sold running Android.",
            "consistent",
        ),
    ],
)
def test_shares_leave_out_the_count_and_the_turnout(text: str, verdict: str) -> None:
    report = factcheck.check(text, dateline="2024-11-07")
    assert [f.verdict for f in report.findings if f.rule_id == "quantity.share-sum"] == [verdict]


@pytest.mark.parametrize(
    ("text", "dateline", "expected"),
    [
        ("Game 7 is Wednesday.", "2025-06-16", [("Wednesday", "2025-06-18")]),
        ("Lawmakers have until Friday to act.", "2025-06-16", [("Friday", "2025-06-20")]),
        ("He was held until Friday.", "2025-06-16", [("Friday", "2025-06-13")]),
        (
            "The bill funds the government through Sept. 30.",
            "2025-03-14",
            [("Sept. 30", "2025-09-30")],
        ),
        ("The talks ran through Sept. 30.", "2025-03-14", [("Sept. 30", "2024-09-30")]),
    ],
)
def test_deadlines_and_schedules_are_still_to_come(
    text: str, dateline: str, expected: object
) -> None:
    assert dates(text, dateline) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Counted from a weekday: the coming one, as "from" looks ahead.
        ("The vote is a week from Monday.", [("a week from Monday", "2025-09-15")]),
        ("Talks resume two weeks from Friday.", [("two weeks from Friday", "2025-09-19")]),
        (
            "The strike came three days after Monday's vote.",
            [("three days after Monday's", "2025-09-04")],
        ),
        (
            "Polls opened two days before Tuesday's runoff.",
            [("two days before Tuesday's", "2025-08-31")],
        ),
        # A weekday with its date, and a calendar date, are facts as written: left alone.
        ("Trials start two weeks from Monday, Sept. 8.", [("Monday, Sept. 8", "2025-09-08")]),
        ("The deadline is 10 days from Sept. 1.", [("Sept. 1", "2025-09-01")]),
        # A range, a vague count, a unit with no clear day: the weekday as written.
        (
            "The fair runs three days from Monday to Wednesday.",
            [("from Monday to Wednesday", "2025-09-01")],
        ),
        ("Prices fell several days after Monday.", [("Monday", "2025-09-01")]),
        ("Prices fell a month after Monday.", [("Monday", "2025-09-01")]),
    ],
)
def test_counted_from_a_weekday(text: str, expected: object) -> None:
    assert dates(text) == expected


def test_counted_from_a_weekday_has_no_weekday_to_check() -> None:
    """The day is worked out, not written: no weekday of it for a rule to check, and it
    is relative, so no past verb puts it before the dateline."""
    text = "Officials said the vote would be held a week from Monday."
    report = factcheck.check(text, dateline=DATELINE)
    [counted] = report.dates
    assert counted.span.slice(text) == "a week from Monday"
    assert counted.relative and counted.weekday is None
    assert not [f for f in report.findings if f.rule_id.startswith("date.")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A weekday with its own date is checked as written, not moved.
        ("He was released three days after Monday (Sept. 1).", "2025-09-01"),
        ("Voting ended a day after Wednesday, on Sept. 3.", "2025-09-03"),
        # A span that starts or ends at the weekday: the weekday as written.
        ("He was suspended for five days after Friday's incident.", "2025-08-29"),
        ("A judge sentenced him to 30 days after Monday's hearing.", "2025-09-01"),
        ("Shares rose 5% in the two days after Monday's report.", "2025-09-01"),
        ("Protesters camped for three days before Tuesday's vote.", "2025-09-02"),
        ("It applies from Monday onward.", "2025-09-01"),
    ],
)
def test_a_weekday_that_is_dated_or_bounds_a_span_is_not_moved(text: str, expected: str) -> None:
    [(_, value)] = dates(text)
    assert value == expected


def test_a_wrong_weekday_beside_its_date_is_still_a_weekday_mismatch() -> None:
    report = factcheck.check(
        "He was released three days after Monday (Sept. 2).", dateline=DATELINE
    )
    assert [(f.rule_id, f.verdict) for f in report.findings] == [
        ("date.weekday-mismatch", "inconsistent")
    ]


@pytest.mark.parametrize("dateline", ["9999-12-30", "9999-12-31", "0001-01-01"])
def test_a_weekend_past_the_calendars_end_is_unresolved_not_an_error(dateline: str) -> None:
    report = factcheck.check("Talks resume this weekend and next weekend.", dateline=dateline)
    assert not [f for f in report.findings if f.verdict == "error"]
    assert [d.granularity for d in report.dates] == ["weekend", "weekend"]
