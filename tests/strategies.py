"""Hypothesis strategies shared by the test modules."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

datelines = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 12, 31))
weekdays = st.sampled_from(WEEKDAYS)
counts = st.integers(min_value=0, max_value=10**9)

# Text with the characters that break naive offset arithmetic: line breaks, no-break and
# zero-width spaces, combining marks, right-to-left marks, emoji, digits of other scripts.
_news_bits = st.sampled_from(
    [
        "502",
        "1,234.5",
        *["½", "2½", "two thirds", "minus", "point", "USD", "$ 75", "10 bln", "1.2.3", "in"],
        *["between", "times", "both", "none", "3-1", "555-1234", "°C", "km/h", "(kg)", "%20"],
        "at least",
        "seven",
        "drones",
        "of the",
        "intercepted",
        "launched",
        "on Wednesday",
        "yesterday",
        ",",
        ":",
        ".",
        " and ",
        "Sept. 4, 2025",
        "Monday,",
        "(",
        ")",
        "\u2014",
        "\r\n",
        "\n\n",
        "\u00a0",
        "\u200b",
        "e\u0301",
        "\u200f",
        "\U0001f600",
        "\u0663\u0664",
        "\uff15",
        "twenty-four",
        "three hundred and two",
        "a dozen",
        "World War 2",
        "one-on-one",
        "1.5 million",
        "85%",
        "10-15",
        "of which",
        "out of",
        "including",
        "the",
    ]
)
news_like_text = st.lists(st.one_of(_news_bits, st.text(max_size=8)), max_size=40).map(" ".join)
any_text = st.one_of(st.text(max_size=300), news_like_text)
