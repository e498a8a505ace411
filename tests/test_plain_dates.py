"""The plain calendar dates read without dateparser give the day dateparser gives."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import dateparser

from factcheck.extract.dates import _ENGLISH_MONTHS, _dateparser, _plain_date


def _by_dateparser(text: str) -> dt.date | None:
    settings: Any = {"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"}
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed is not None else None


def _plain_texts(count: int) -> list[str]:
    """Texts of the plain forms: every month name, in title and upper case, with or
    without a dot, days with and without a suffix or a leading zero, some not a day."""
    rnd = random.Random(2026)
    days = [str(d) for d in range(1, 32)] + [f"0{d}" for d in range(1, 10)] + ["0", "32", "99"]
    texts = []
    for _ in range(count):
        name = rnd.choice(list(_ENGLISH_MONTHS))
        month = rnd.choice([name.title(), name.upper()]) + rnd.choice(["", "."])
        day = rnd.choice(days) + rnd.choice(["", "", "st", "nd", "rd", "th"])
        year = str(rnd.choice([rnd.randint(1000, 2999), 2024, 2025]))
        comma = rnd.choice(["", ","])
        first = f"{month} {day}" if rnd.random() < 0.6 else f"{day} {month}"
        texts.append(f"{first}{comma} {year}")
    return texts


def test_plain_dates_are_the_days_dateparser_reads() -> None:
    read = 0
    for text in _plain_texts(400):
        plain = _plain_date(text)
        if plain is not None:
            read += 1
            assert plain == _by_dateparser(text), text
    assert read > 250


def test_other_forms_go_to_dateparser() -> None:
    for text in ("Sept 4", "Septembre 4, 2025", "Sept.  4, 2025", "4 Sept, 25", "Feb. 30, 2025"):
        assert _plain_date(text) is None
    assert _dateparser("September 4 2025") == dt.date(2025, 9, 4)
