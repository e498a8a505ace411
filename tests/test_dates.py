from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings

import factcheck
from factcheck.dateline import detect_dateline, parse_dateline_argument
from factcheck.errors import DatelineError
from factcheck.lexicon import Lexicon
from tests.strategies import WEEKDAYS, datelines, weekdays

LEX = Lexicon.default()
THU = dt.date(2025, 9, 4)


def dates(text: str, dateline: object = THU) -> list[tuple[str, dt.date | None, dt.date | None]]:
    report = factcheck.check(text, dateline=dateline)  # type: ignore[arg-type]
    return [(d.span.slice(text), d.first, d.last) for d in report.dates]


@settings(max_examples=200, deadline=None)
@given(datelines, weekdays)
def test_past_weekday_within_the_week_ending_on_the_dateline(
    dateline: dt.date, weekday: str
) -> None:
    text = f"The minister said on {weekday} that talks would go on."
    ((span, first, last),) = dates(text, dateline)
    assert span == weekday
    assert first == last
    assert first is not None
    assert dateline - dt.timedelta(days=6) <= first <= dateline
    assert first.weekday() == WEEKDAYS.index(weekday)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("He spoke yesterday.", dt.date(2025, 9, 3), dt.date(2025, 9, 3)),
        ("Talks resume today.", THU, THU),
        ("Sirens sounded overnight.", dt.date(2025, 9, 3), THU),
        ("Drones struck last night.", dt.date(2025, 9, 3), THU),
        ("Leaders meet this week.", dt.date(2025, 9, 1), dt.date(2025, 9, 7)),
        ("The envoy will arrive on Friday.", dt.date(2025, 9, 5), dt.date(2025, 9, 5)),
        ("The envoy arrived on Friday.", dt.date(2025, 8, 29), dt.date(2025, 8, 29)),
        ("It was signed on Sept. 1, 2025.", dt.date(2025, 9, 1), dt.date(2025, 9, 1)),
        ("It was signed on 1 September 2025.", dt.date(2025, 9, 1), dt.date(2025, 9, 1)),
        ("It was signed on September 1.", dt.date(2025, 9, 1), dt.date(2025, 9, 1)),
        ("Fighting began in February 2022.", dt.date(2022, 2, 1), dt.date(2022, 2, 28)),
        ("The law passed in 2019.", dt.date(2019, 1, 1), dt.date(2019, 12, 31)),
    ],
)
def test_expressions_resolve(text: str, first: dt.date, last: dt.date) -> None:
    found = dates(text)
    assert [(f, la) for _, f, la in found] == [(first, last)]


def test_impossible_calendar_date_resolves_to_nothing() -> None:
    ((span, first, last),) = dates("It was signed on September 31, 2025.")
    assert (span, first, last) == ("September 31, 2025", None, None)


def test_lower_case_may_is_not_a_month() -> None:
    assert dates("Officials may 4 times repeat it.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Months and weekdays in lower case, as captions, chat and transcripts write them.
        ("the vote was set for april 22.", [("april 22", dt.date(2026, 4, 22))]),
        ("protesters met on friday.", [("friday", dt.date(2025, 8, 29))]),
        ("prices rose in june.", [("june", dt.date(2025, 6, 1))]),
        ("he left on 5 december 1991.", [("5 december 1991", dt.date(1991, 12, 5))]),
        # ... but for words that are then mostly other words (``[lower_case]``).
        ("crowds will march 20 miles.", []),
        ("the august body met on 1 june.", [("1 june", dt.date(2025, 6, 1))]),
        ("Voters may 10 times over reject it.", []),
    ],
)
def test_months_and_weekdays_in_lower_case(text: str, expected: list[tuple[str, dt.date]]) -> None:
    assert [(span, first) for span, first, _ in dates(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He left the company in May of 2012.", [("May of 2012", dt.date(2012, 5, 1))]),
        ("It was signed on January 12 of 2012.", [("January 12 of 2012", dt.date(2012, 1, 12))]),
        ("He was born on the 4th of July, 1990.", [("4th of July, 1990", dt.date(1990, 7, 4))]),
        ("Fireworks end on the 4th of July.", [("4th of July", dt.date(2025, 7, 4))]),
        ("The law took effect in June of last year.", [("June of last year", dt.date(2024, 6, 1))]),
        # A bare day before "of" is a count ("3 of March's ..."), not a day of the month.
        ("The 3 of March 2020 was wet.", [("March 2020", dt.date(2020, 3, 1))]),
    ],
)
def test_dates_joined_by_of(text: str, expected: list[tuple[str, dt.date]]) -> None:
    assert [(span, first) for span, first, _ in dates(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected", "span_text"),
    [
        ("date 2025-09-04\nKYIV - Russia launched drones.", THU, "2025-09-04"),
        ("date 2025-09-04 KYIV - Russia launched drones.", THU, "2025-09-04"),
        ("Date: 2025-09-04\nBody.", THU, "2025-09-04"),
        ("KYIV, Sept 4 (Reuters) - Russia launched drones.", THU, "Sept 4"),
        ("WASHINGTON, Sept. 4, 2025 (AP) \u2014 Talks went on.", THU, "Sept. 4, 2025"),
        ("Posted 2025-09-04T10:32:00Z by the desk\nBody.", THU, "2025-09-04"),
        ("Published: 4 September 2025 10:32 BST\nBody.", THU, "4 September 2025"),
        ("Updated: Sept. 4, 2025, 10:32 a.m. ET\nBody.", THU, "Sept. 4, 2025"),
        ("By Jane Doe\nPublished 2025-09-04\nBody.", THU, "2025-09-04"),
        ("Thursday 4 September 2025 09.12 BST\nBody.", THU, "4 September 2025"),
        ("September 4, 2025\nBody.", THU, "September 4, 2025"),
        ("Last updated on 4 September 2025\nBody.", THU, "4 September 2025"),
        ("PARIS, 4 September 2025 (AFP) - Talks went on.", THU, "4 September 2025"),
    ],
)
def test_dateline_forms(text: str, expected: dt.date, span_text: str) -> None:
    found = detect_dateline(text, LEX, year=2025)
    assert found is not None
    assert found.date == expected
    assert found.span is not None and found.span.slice(text) == span_text


def test_wire_dateline_without_year_takes_latest_past_year() -> None:
    found = detect_dateline("KYIV, Sept 4 (Reuters) - Text.", LEX, today=dt.date(2026, 11, 25))
    assert found is not None and found.date == dt.date(2026, 9, 4)
    found = detect_dateline("KYIV, Dec 30 (Reuters) - Text.", LEX, today=dt.date(2026, 11, 25))
    assert found is not None and found.date == dt.date(2025, 12, 30)


def test_no_dateline_in_plain_text() -> None:
    assert detect_dateline("Russia launched 502 drones.", LEX) is None
    assert detect_dateline("LONDON (Reuters) - Markets fell.", LEX) is None
    assert detect_dateline("May 4, 2025 was a day to remember.\nBody.", LEX) is None
    assert detect_dateline("Talks set for 2025-09-10", LEX) is None


def test_argument_beats_text() -> None:
    report = factcheck.check("date 2025-09-04\nHe spoke yesterday.", dateline="2024-01-10")
    assert report.dateline == factcheck.Dateline(dt.date(2024, 1, 10), "argument")
    assert [d.first for d in report.dates if d.relative] == [dt.date(2024, 1, 9)]


@pytest.mark.parametrize("bad", ["yesterday", "2025-13-01", 20250904, ["2025-09-04"]])
def test_bad_dateline_argument(bad: object) -> None:
    with pytest.raises(DatelineError):
        parse_dateline_argument(bad)
    with pytest.raises(factcheck.FactcheckError):
        factcheck.check("text", dateline=bad)  # type: ignore[arg-type]


def test_relative_days_without_dateline_are_unresolved() -> None:
    report = factcheck.check("He spoke yesterday, September 1, 2025.")
    (rel,) = [d for d in report.dates if d.relative]
    assert rel.first is None
    (f,) = report.findings
    assert (f.rule_id, f.verdict) == ("date.relative-conflict", "uncertain")


def test_day_first_wire_dateline() -> None:
    found = detect_dateline("LVIV, 4 Sept (Reuters) - Text.", LEX, year=2025)
    assert found is not None and found.date == THU
    assert found.span is not None and found.span.slice("LVIV, 4 Sept (Reuters) - Text.") == (
        "4 Sept"
    )


def test_date_without_year_needs_a_dateline_or_a_year() -> None:
    text = "Parliament met on Tuesday, September 2."
    assert [d.first for d in factcheck.check(text).dates] == [None]
    assert factcheck.check(text).findings == ()
    report = factcheck.check(text, year=2025)
    assert [d.first for d in report.dates] == [dt.date(2025, 9, 2)]
    assert [f.verdict for f in report.findings] == ["consistent"]


def test_full_month_name_does_not_take_the_full_stop() -> None:
    text = "Parliament met on Monday 1 September."
    report = factcheck.check(text, dateline=THU)
    assert [d.span.slice(text) for d in report.dates] == ["Monday 1 September"]


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("He spoke yesterday.", dt.date.min),
        ("He will speak tomorrow, next week and on Monday.", dt.date.max),
        ("It was signed on September 1.", dt.date.min),
        ("Talks ended this week.", dt.date.min),
    ],
)
def test_calendar_edges_resolve_to_nothing_instead_of_overflowing(
    text: str, dateline: dt.date
) -> None:
    report = factcheck.check(text, dateline=dateline)
    assert report.dates
    assert all(f.verdict != "error" for f in report.findings)


@pytest.mark.parametrize(
    ("text", "dateline", "date"),
    [
        ("The summit opens on Friday (Sept. 5) in Geneva.", THU, dt.date(2025, 9, 5)),
        ("A ruling is expected on Friday (Sept. 5).", THU, dt.date(2025, 9, 5)),
        ("The minister will visit the U.S. on Tuesday (Sept. 9).", THU, dt.date(2025, 9, 9)),
        ("The hearing was held on Thursday, 2025-09-04.", dt.date(2025, 9, 20), THU),
        ("The storm came ashore on Monday, Jan. 6, flooding towns.", THU, dt.date(2025, 1, 6)),
    ],
)
def test_weekday_beside_a_date_is_that_date(text: str, dateline: dt.date, date: dt.date) -> None:
    report = factcheck.check(text, dateline=dateline)
    (d,) = report.dates
    assert (d.first, d.weekday, d.relative) == (date, date.weekday(), False)
    (f,) = report.findings
    assert (f.rule_id, f.verdict) == ("date.weekday-mismatch", "consistent")


def test_year_hint_fixes_the_year() -> None:
    report = factcheck.check("It was signed on Wednesday, December 31.", year=2025)
    assert [d.first for d in report.dates] == [dt.date(2025, 12, 31)]


def test_weekday_does_not_pull_a_date_a_year_away() -> None:
    report = factcheck.check("The vote is set for Wednesday, September 9.", dateline=THU)
    (f,) = report.findings
    assert (f.verdict, f.values["date"]) == ("inconsistent", "2025-09-09")


def test_headline_date_is_not_a_dateline() -> None:
    assert detect_dateline("Talks set for 2025-09-10\nGENEVA - Envoys met.", LEX) is None
    found = detect_dateline("Published: 2025-09-04 10:32 BST\nGENEVA - Envoys met.", LEX)
    assert found is not None and found.date == THU


def test_dateline_beats_year_hint_across_new_year() -> None:
    text = "KYIV, Jan 2 (Reuters) - Talks opened on Monday, December 30."
    report = factcheck.check(text, year=2025)
    assert report.dateline is not None and report.dateline.date == dt.date(2025, 1, 2)
    (f,) = report.findings
    assert (f.verdict, f.values["date"]) == ("consistent", "2024-12-30")


def test_wire_dateline_below_a_headline() -> None:
    text = "Russia fires 502 drones at Ukraine\n\nKYIV, Sept 4 (Reuters) - Russia launched drones."
    found = detect_dateline(text, LEX, year=2025)
    assert found is not None and found.span is not None
    assert (found.date, found.span.slice(text)) == (dt.date(2025, 9, 4), "Sept 4")


@pytest.mark.parametrize(
    "text",
    [
        "date 2025-.9-04\nKYIV",
        "On 2025-09-.4 it rained.",
        "On .025-09-04",
        "On 4/.9/04 it rained.",
        "On .4/9/2025 it rained.",
    ],
)
def test_a_numeric_date_with_a_decimal_part_is_no_date_and_no_crash(text: str) -> None:
    # Found by the atheris harness: "2025-.9-04" and "0/.9/04" crashed reading ".9" as a
    # month.
    report = factcheck.check(text)
    assert not [f.message for f in report.findings if f.verdict == "error"]
    assert all(d.span.slice(text)[:1] != "2" or "." not in d.span.slice(text) for d in report.dates)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Talks were held on Monday, Tuesday and Wednesday.", [1, 2, 3]),
        ("Talks will resume on Monday, Tuesday and Wednesday.", [8, 9, 10]),
        ("Talks will resume next Monday, Tuesday or Wednesday.", [8, 9, 10]),
    ],
)
def test_weekdays_in_one_list_share_the_tense_of_their_clause(text: str, days: list[int]) -> None:
    report = factcheck.check(text, dateline=THU)
    assert [d.first.day for d in report.dates if d.first is not None] == days


ARTICLE_LED = [
    "the third quarter",
    "the 1990s",
    "a year ago",
    "the early 1990s",
    "the spring",
    "the weekend",
    "the year-ago quarter",
    "the prior-year quarter",
    "the comparable quarter",
    "the past three years",
    "the Q4 results",
    "the nineties",
    "the following year",
    "the same day",
    "the fiscal first quarter",
    "the latter half",
    "the mid-1990s",
    "the '80s",
    "the 20th century",
    "a few years ago",
    "a month ago",
    "the first half",
    "the rest of the year",
    "the year two thousand",
    "the 1988 quarter",
    "a week later",
]


@pytest.mark.parametrize("phrase", ARTICLE_LED)
def test_an_article_that_opens_a_date_is_never_skipped(phrase: str) -> None:
    from factcheck.extract.dates import _plain_word_after
    from factcheck.lexicon import Lexicon
    from factcheck.text import segment

    lexicon = Lexicon.default()
    tokens, _ = segment(phrase, lexicon)
    assert not _plain_word_after(tokens, 0, lexicon)


def test_every_table_phrase_led_by_an_article_is_tried() -> None:
    from factcheck.extract.dates import _plain_word_after
    from factcheck.lexicon import Lexicon
    from factcheck.text import segment

    lexicon = Lexicon.default()
    data = lexicon_data()
    phrases = [
        key
        for table in (
            "relative",
            "relative_weeks",
            "relative_periods",
            "anaphoric_periods",
            "references",
            "period_modifiers",
            "rest_of",
        )
        for key in data.get(table, {})
        if key.split()[0] in ("the", "a", "an") and len(key.split()) > 1
    ]
    assert len(phrases) > 20
    for phrase in phrases:
        tokens, _ = segment(phrase, lexicon)
        assert not _plain_word_after(tokens, 0, lexicon), phrase
    tokens, _ = segment("the company said", lexicon)
    assert _plain_word_after(tokens, 0, lexicon)


def lexicon_data() -> dict[str, Any]:
    from importlib.resources import files

    from factcheck.toml import parse_toml

    return parse_toml(files("factcheck").joinpath("data/dates.toml").read_text("utf-8"))


def test_a_weekday_in_the_story_sets_the_year_of_its_wire_dateline() -> None:
    today = dt.date(2026, 11, 25)
    text = "KYIV, Sept 4 (Reuters) - The air force said on Thursday, Sept. 4, it shot down 430."
    found = detect_dateline(text, LEX, today=today)
    assert found is not None and found.date == dt.date(2025, 9, 4)  # a Thursday
    plain = detect_dateline("KYIV, Sept 4 (Reuters) - Drones flew.", LEX, today=today)
    assert plain is not None and plain.date == dt.date(2026, 9, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Elections are held on the first Tuesday in November.",
            [("the first Tuesday in November", dt.date(2025, 11, 4))],
        ),
        (
            "The board meets the second Monday of next month.",
            [("the second Monday of next month", dt.date(2025, 10, 13))],
        ),
        (
            "It was held on the last Sunday in October 2024.",
            [("the last Sunday in October 2024", dt.date(2024, 10, 27))],
        ),
        (
            "He came back the third Wednesday of last month.",
            [("the third Wednesday of last month", dt.date(2025, 8, 20))],
        ),
        # "in a row" names no month: the weekday as written.
        ("The second Friday in a row brought rain.", [("Friday", dt.date(2025, 8, 29))]),
    ],
)
def test_a_weekday_counted_within_a_month(text: str, expected: list[tuple[str, dt.date]]) -> None:
    assert [(span, first) for span, first, _ in dates(text)] == expected


def test_a_counted_weekday_after_the_dateline_in_the_past_is_reported() -> None:
    text = "The vote was held on the first Friday of July 2026."
    report = factcheck.check(text, dateline=THU)
    [finding] = [f for f in report.findings if f.rule_id == "date.after-dateline"]
    assert finding.verdict == "inconsistent"
    assert finding.values["date"] == "2026-07-03"


def test_every_counted_weekday_falls_on_its_weekday_in_its_month() -> None:
    for month in range(1, 13):
        for weekday, name in enumerate(WEEKDAYS):
            for nth, word in (
                (1, "first"),
                (2, "second"),
                (3, "third"),
                (4, "fourth"),
                (-1, "last"),
            ):
                text = f"It was held on the {word} {name} of {dt.date(2024, month, 1):%B} 2024."
                [(_, first, _)] = dates(text)
                assert first is not None
                assert (first.year, first.month, first.weekday()) == (2024, month, weekday)
                if nth > 0:
                    assert (first.day - 1) // 7 == nth - 1
                else:
                    assert first.day + 7 > calendar.monthrange(2024, month)[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Talks are set for the week of Sept. 15.",
            [("the week of Sept. 15", dt.date(2025, 9, 15), dt.date(2025, 9, 21))],
        ),
        (
            "The trial opens the week beginning Feb. 4, 2026.",
            [("the week beginning Feb. 4, 2026", dt.date(2026, 2, 4), dt.date(2026, 2, 10))],
        ),
        (
            "Shares fell in the week starting on 1 September.",
            [("the week starting on 1 September", dt.date(2025, 9, 1), dt.date(2025, 9, 7))],
        ),
        # "of" names the week a day falls in; "beginning" the seven days from it.
        (
            "Talks resume the week of Sept. 17.",
            [("the week of Sept. 17", dt.date(2025, 9, 15), dt.date(2025, 9, 21))],
        ),
        (
            "Talks resume the week beginning Sept. 14.",
            [("the week beginning Sept. 14", dt.date(2025, 9, 14), dt.date(2025, 9, 20))],
        ),
        # The week of a range of days: the days as written.
        (
            "The week of Sept. 15-19 is busy.",
            [("Sept. 15-19", dt.date(2025, 9, 15), dt.date(2025, 9, 19))],
        ),
        # A weekday written with the day stays a day, so its weekday is still checked.
        (
            "The week of Tuesday, Sept. 8 is busy.",
            [("Tuesday, Sept. 8", dt.date(2025, 9, 8), dt.date(2025, 9, 8))],
        ),
        ("Talks stalled the week of the vote.", []),
    ],
)
def test_a_week_named_by_one_of_its_days(
    text: str, expected: list[tuple[str, dt.date, dt.date]]
) -> None:
    assert dates(text) == expected


def test_a_week_of_a_day_that_does_not_exist_is_reported() -> None:
    report = factcheck.check("He was away the week of Sept. 31.", dateline=THU)
    assert [f.verdict for f in report.findings if f.rule_id == "date.impossible"] == [
        "inconsistent"
    ]


def _range(text: str) -> list[tuple[str, str | None, str | None, dt.date | None, dt.date | None]]:
    """Each date's span, the spans of its two ends when it is a range, and its days."""
    out = []
    for d in factcheck.check(text, dateline=THU).dates:
        start = d.range_start.span.slice(text) if d.range_start else None
        end = d.range_end.span.slice(text) if d.range_end else None
        out.append((d.span.slice(text), start, end, d.first, d.last))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The summit runs Sept. 8-12 in Geneva.",
            [("Sept. 8-12", "Sept. 8", "12", dt.date(2025, 9, 8), dt.date(2025, 9, 12))],
        ),
        (
            "The summit ran Sept. 8 to 12, 2024.",
            [("Sept. 8 to 12, 2024", "Sept. 8", "12", dt.date(2024, 9, 8), dt.date(2024, 9, 12))],
        ),
        (
            "Talks ran 8-12 September.",
            [("8-12 September", "8", "12", dt.date(2025, 9, 8), dt.date(2025, 9, 12))],
        ),
        (
            "Talks ran from 8 to 12 September 2024.",
            [("8 to 12 September 2024", "8", "12", dt.date(2024, 9, 8), dt.date(2024, 9, 12))],
        ),
        (
            "Voting runs Monday, Sept. 8 through 12.",
            [
                (
                    "Monday, Sept. 8 through 12",
                    "Monday, Sept. 8",
                    "12",
                    dt.date(2025, 9, 8),
                    dt.date(2025, 9, 12),
                )
            ],
        ),
        # A count after "to", a range backwards and a spaced dash are no range of days.
        (
            "He gave on Sept. 8 to 12 charities.",
            [("Sept. 8", None, None, dt.date(2025, 9, 8), dt.date(2025, 9, 8))],
        ),
        (
            "Voting is on Sept. 12-8.",
            [("Sept. 12", None, None, dt.date(2025, 9, 12), dt.date(2025, 9, 12))],
        ),
        (
            "Voting is on Sept. 8 - 12 p.m.",
            [("Sept. 8", None, None, dt.date(2025, 9, 8), dt.date(2025, 9, 8))],
        ),
    ],
)
def test_a_range_of_days_in_one_month(text: str, expected: object) -> None:
    assert _range(text) == expected


def test_a_range_of_days_past_the_end_of_its_month_is_reported() -> None:
    report = factcheck.check("Talks ran Sept. 28-31.", dateline=THU)
    [date] = report.dates
    assert date.impossible and date.first is None and date.last is None
    assert [f.message for f in report.findings if f.rule_id == "date.impossible"] == [
        '"Sept. 28-31" is not a day of the calendar'
    ]


def test_a_week_of_a_day_without_a_year_takes_the_story_year() -> None:
    report = factcheck.check("Talks are set for the week of Sept. 15.", dateline=None, year=2024)
    assert [(d.first, d.last) for d in report.dates] == [
        (dt.date(2024, 9, 9), dt.date(2024, 9, 15))
    ]


@pytest.mark.parametrize(
    ("text", "dateline", "day"),
    [
        # The day counted in the dateline's month is moved to the tense's side of it.
        ("The meeting was on the last Friday of September.", THU, dt.date(2024, 9, 27)),
        ("The meeting will be on the first Monday of September.", THU, dt.date(2026, 9, 7)),
        (
            "Thanksgiving was celebrated on the last Thursday of November until 1939.",
            dt.date(2025, 11, 10),
            dt.date(2024, 11, 28),
        ),
    ],
)
def test_a_counted_weekday_lies_on_the_side_of_the_dateline_its_tense_says(
    text: str, dateline: dt.date, day: dt.date
) -> None:
    report = factcheck.check(text, dateline=dateline)
    assert report.dates[0].first == day
    assert not report.findings


@pytest.mark.parametrize("dateline", [None, dt.date(2025, 11, 2)])
def test_a_counted_weekday_without_a_year_is_no_calendar_date_to_check(
    dateline: dt.date | None,
) -> None:
    """ "Elections were held on the first Tuesday in November" is a custom: no finding,
    with or without a dateline."""
    text = "Elections were traditionally held on the first Tuesday in November."
    report = factcheck.check(text, dateline=dateline)
    assert report.dates[0].relative
    assert not report.findings


@pytest.mark.parametrize(
    "text",
    [
        "An apr 22 percent above the base rate.",
        "A dec 5 point drop in the index.",
        "Use sep 2 as the separator.",
        "Follow @sunday_times, #friday and monday.com or read https://t.co/friday there.",
    ],
)
def test_lower_case_names_that_are_other_words_or_handles_are_no_dates(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("On Friday 12 June, 2000 protesters marched in London.", dt.date(2026, 6, 13)),
        ("On Monday 1 September, 2024 figures were revised.", THU),
    ],
)
def test_a_count_after_a_dates_comma_is_no_year(text: str, dateline: dt.date) -> None:
    report = factcheck.check(text, dateline=dateline)
    [date] = report.dates
    assert date.first is not None and date.first.year == dateline.year
    assert [f.verdict for f in report.findings] == ["consistent"]


def test_a_count_after_of_is_no_year() -> None:
    assert dates("By 30 June, 1500 jobs will go.")[0][1] == dt.date(2026, 6, 30)
    assert dates("In June of 1200 respondents, most agreed.") == [
        ("June", dt.date(2025, 6, 1), dt.date(2025, 6, 30))
    ]


@pytest.mark.parametrize(
    ("first", "verdict"), [("Monday", "consistent"), ("Tuesday", "inconsistent")]
)
def test_the_first_of_two_weekdays_before_a_range_of_days_is_its_first_day(
    first: str, verdict: str
) -> None:
    text = f"Early voting runs {first} through Friday, Sept. 8-12."
    report = factcheck.check(text, dateline=dt.date(2025, 9, 1))
    [date] = report.dates
    assert date.span.slice(text) == f"{first} through Friday, Sept. 8-12"
    assert (date.first, date.last) == (dt.date(2025, 9, 8), dt.date(2025, 9, 12))
    assert [(f.rule_id, f.verdict) for f in report.findings] == [("date.weekday-mismatch", verdict)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # A year right after a date is one, whatever follows it.
        ("The Tuesday, Sept. 11, 2001 attacks killed nearly 3,000 people.", dt.date(2001, 9, 11)),
        ("The Jan. 6, 2021 riots shook the capital.", dt.date(2021, 1, 6)),
        ("The 11 September 2001 attacks changed it.", dt.date(2001, 9, 11)),
    ],
)
def test_a_year_right_after_a_date_before_a_plural_is_its_year(text: str, day: dt.date) -> None:
    report = factcheck.check(text, dateline=THU)
    assert report.dates[0].first == day
    assert all(f.verdict == "consistent" for f in report.findings)


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("Last year the fair ran Feb. 27-29.", THU),
        ("The festival ran 27-29 February.", THU),
        ("The fair, held Feb. 27-29, drew crowds.", dt.date(2025, 3, 5)),
    ],
)
def test_a_range_of_days_to_february_29_takes_a_leap_year(text: str, dateline: dt.date) -> None:
    report = factcheck.check(text, dateline=dateline)
    assert (report.dates[-1].first, report.dates[-1].last) == (
        dt.date(2024, 2, 27),
        dt.date(2024, 2, 29),
    )
    assert not report.findings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Polls are open Sept. 8 until 11 a.m.", "Sept. 8"),
        ("Rates rose Sept. 8 to 12%.", "Sept. 8"),
        ("Voting is on Sept. 8-9 p.m.", "Sept. 8"),
        ("In June 28-31 percent said yes.", "June 28"),
    ],
)
def test_an_hour_or_a_figure_after_a_day_makes_no_range(text: str, expected: str) -> None:
    report = factcheck.check(text, dateline=THU)
    assert [d.span.slice(text) for d in report.dates] == [expected]
    assert not report.findings


def test_a_weekday_of_a_ranges_end_is_not_in_its_first_end() -> None:
    text = "Friday through Sunday, Sept. 5-7, the fair runs."
    [date] = factcheck.check(text, dateline=THU).dates
    assert date.range_start is not None
    assert date.range_start.span.slice(text) == "Sept. 5"


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        # One weekday moved to a range is the old day, not the range's first.
        ("The hearing was postponed from Tuesday to Oct. 6-8.", THU),
        ("The trial was moved from Monday to Sept. 15-17, 2025.", None),
        # A counted weekday is worked out: a date beside it is not compared with it.
        ("Voters go to the polls on the first Tuesday in November (Nov. 4).", dt.date(2025, 2, 28)),
        ("The midterms are held on the first Tuesday of November, Nov. 3, 2026.", THU),
        # A count going up between two days is no range of days.
        ("The death toll rose from 12 on April 29 to 31 on April 30.", THU),
        ("In September 28-31 people were arrested.", THU),
        # The weekday of a range's last day, beside it.
        ("The fair runs through Sunday, Sept. 5-7.", THU),
    ],
)
def test_no_finding_from_weekdays_and_ranges_that_agree(
    text: str, dateline: dt.date | None
) -> None:
    assert factcheck.check(text, dateline=dateline).findings == ()


@pytest.mark.parametrize(
    ("first", "verdict"), [("Monday", "consistent"), ("Tuesday", "inconsistent")]
)
def test_two_weekdays_before_a_range_in_brackets(first: str, verdict: str) -> None:
    text = f"Talks run {first} through Friday (Sept. 8-12)."
    report = factcheck.check(text, dateline=THU)
    assert [(f.rule_id, f.verdict) for f in report.findings] == [("date.weekday-mismatch", verdict)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was arrested on Sept. 8 of last year.", ("Sept. 8 of last year", dt.date(2024, 9, 8))),
        ("He was arrested on Sept. 8 last year.", ("Sept. 8 last year", dt.date(2024, 9, 8))),
        (
            "The race was run on the last Monday in May, 2024.",
            ("the last Monday in May, 2024", dt.date(2024, 5, 27)),
        ),
        (
            "The 11th of September, 2001 attacks changed it.",
            ("11th of September, 2001", dt.date(2001, 9, 11)),
        ),
        ("Voting runs Nov. 4 until 8:00 p.m.", ("Nov. 4", dt.date(2025, 11, 4))),
    ],
)
def test_years_named_after_a_date(text: str, expected: tuple[str, dt.date]) -> None:
    [date] = factcheck.check(text, dateline=THU).dates
    assert (date.span.slice(text), date.first) == expected


def test_a_range_past_its_months_end_is_impossible_without_a_dateline() -> None:
    report = factcheck.check("Talks ran Sept. 28-31.", dateline=None)
    assert [(f.rule_id, f.verdict) for f in report.findings] == [
        ("date.impossible", "inconsistent")
    ]


def test_a_counted_weekday_is_worked_out() -> None:
    for text in (
        "It opens the first Tuesday in November.",
        "It opens the week of Sept. 15.",
        "It opens a week from Monday.",
    ):
        [date] = factcheck.check(text, dateline=THU).dates
        assert date.worked_out, text
    [date] = factcheck.check("It opens on Sept. 15.", dateline=THU).dates
    assert not date.worked_out


@pytest.mark.parametrize(
    ("text", "dateline", "days"),
    [
        # A past range with two weekdays, months before the dateline: this year's.
        (
            "The festival ran Friday through Sunday, July 18-20.",
            THU,
            (dt.date(2025, 7, 18), dt.date(2025, 7, 20)),
        ),
        # The year the first weekday falls in, as for a single "Sunday, Sept. 7".
        (
            "The march runs Sunday to Tuesday, Sept. 7-9.",
            dt.date(2025, 2, 28),
            (dt.date(2025, 9, 7), dt.date(2025, 9, 9)),
        ),
        (
            "The Dodgers host the Giants Monday through Wednesday (Sept. 8-10).",
            dt.date(2025, 2, 28),
            (dt.date(2025, 9, 8), dt.date(2025, 9, 10)),
        ),
        # Both weekdays and "last year" agree on the year.
        (
            "Early voting ran Saturday to Sunday, Oct. 26-27, last year.",
            THU,
            (dt.date(2024, 10, 26), dt.date(2024, 10, 27)),
        ),
    ],
)
def test_weekdays_of_a_range_choose_its_year(
    text: str, dateline: dt.date, days: tuple[dt.date, dt.date]
) -> None:
    report = factcheck.check(text, dateline=dateline)
    [date] = report.dates
    assert (date.first, date.last) == days
    assert [(f.rule_id, f.verdict) for f in report.findings] == [
        ("date.weekday-mismatch", "consistent")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The talks were moved from Tuesday to Thursday (Sept. 11-12).",
        "The summit was pushed back from Monday to Wednesday, Sept. 10-12.",
        "She pleaded guilty on the 8th of September last year.",
    ],
)
def test_a_moved_day_or_a_named_year_is_no_false_finding(text: str) -> None:
    report = factcheck.check(text, dateline=THU)
    assert [f for f in report.findings if f.verdict != "consistent"] == []


@pytest.mark.parametrize(
    "text",
    [
        # Both weekdays one day off fit next year's calendar: still reported, not moved.
        "The Dodgers host the Giants Tuesday through Thursday, Sept. 8-10.",
        "The delegates met Wednesday through Friday, Sept. 2-4.",
        "The talks run Thursday through Saturday, June 6-8.",
    ],
)
def test_weekdays_off_by_one_before_a_range_are_reported(text: str) -> None:
    report = factcheck.check(text, dateline=THU)
    assert report.dates[0].first is not None and report.dates[0].first.year == 2025
    assert [(f.rule_id, f.verdict) for f in report.findings] == [
        ("date.weekday-mismatch", "inconsistent")
    ]


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        # "from" and "to": a move, the second weekday on the first day, in the year it fits.
        ("The summit was pushed back from Monday to Wednesday, Sept. 10-12.", dt.date(2025, 2, 28)),
        ("The talks were moved from Tuesday to Thursday (Sept. 11-12).", dt.date(2025, 2, 28)),
        ("The hearing was moved from Tuesday to Thursday, Sept. 11-12.", dt.date(2024, 12, 31)),
        ("The meeting was moved from Monday to Friday, March 6-8.", THU),
    ],
)
def test_a_move_to_a_range_of_days_is_no_false_finding_at_any_dateline(
    text: str, dateline: dt.date
) -> None:
    report = factcheck.check(text, dateline=dateline)
    assert [f for f in report.findings if f.verdict != "consistent"] == []
