"""Accuracy of factcheck's dates on TimeBank 1.2 and on the Recognizers-Text date specs.

Run:  python benchmarks/accuracy_dates.py [--data DIR] [--show-misses] [--no-baseline]
                                          [--rt-data DIR] [--no-rt]

The 183 TimeBank articles (``../shared/benchmarks/timebank/``, the TempEval-3 cleaned
release, never copied into the project) are checked with each article's creation time
(``<DCT>``) as the dateline. The gold items are the TIMEX3 of type DATE inside ``<TEXT>``.
dateparser is the baseline there.

How it is scored (the TempEval-3 way)
-------------------------------------
- Extraction: a predicted date matches a gold one when their character spans overlap
  (relaxed match); matching is one-to-one, largest overlap first. Precision, recall, F1.
  A prediction that matches no DATE but overlaps a TIMEX3 of another type (TIME
  "this morning", DURATION "the year", SET "every week") is left out of both counts: the
  gold marks it as a time expression, only not as a date. The table gives their number.
- Value: a matched pair is right when the gold value equals ours written in TimeML form
  (``factcheck.timeml.timeml_value``: "1998-01-08", "1998-W02", "1998-01", "1998-Q1",
  "1998", "PRESENT_REF" ...). Value precision = right / predicted, recall = right / gold,
  F1 from those, so a value F1 can never exceed the extraction F1.
- A range with two ends ("from Aug. 26 to Oct. 20") is two TIMEX3 in TimeML, so it counts
  as its two ends, each with its own span and value (``factcheck.timeml.timeml_timexes``).

dateparser's ``search_dates`` (languages=['en'], RELATIVE_BASE = the DCT) runs on the same
plain texts in the same run. Its strings are placed at the first occurrence after the one
before. It returns a datetime, never a granularity, so its value is written as a year when
the string is a bare year, as a month when it names a month and no day, and as a day
otherwise.

Recognizers-Text (after TimeBank; ``--no-rt`` skips it)
-------------------------------------------------------
DateExtractor.json, DateParser.json and DatePeriodParser.json from
``../shared/benchmarks/recognizers-text/DateTime/English/`` (``--rt-data`` for another
recognizers-text folder; never copied here). Each case is checked alone, with the date part of
its ``Context.ReferenceDateTime`` as the dateline; a case without one (most extractor cases) gets
2016-11-07 (``RT_DEFAULT_REFERENCE``, see there why). Only factcheck is scored. One row per file:

- Extraction: gold span ``Input[Start:Start + Length]``, matched as above (overlap, one-to-one,
  largest overlap first), precision / recall / F1. A prediction that matches nothing, overlaps
  no gold item and is of a kind the file does not annotate is left out (the Date files
  annotate single days only, the DatePeriod file periods only): the "left out" column.
- Value (the two parser files): on matched items, right / matched. Ours is right when its
  TimeML value equals the spec's ``Timex``, or when its first..last days equal the spec's
  ``FutureResolution`` or ``PastResolution`` as ``resolution_matches`` reads them (a ``date``,
  or ``startDate`` / ``endDate`` with the end exclusive for a calendar period and kept for a
  written range). The side is the one the input's tense asks for (``text_sides``: a past verb
  or "ago" -> past, "will" / "'ll" or a request -> future, otherwise either); when both sides
  are the same, either. Seasons have no resolution in the spec, so only their Timex can match.
- Chat-style: ``chat_style`` marks the inputs that are not news language (questions, requests
  to an assistant, chat words like "tmrw", a day of the month with no month: "on 15", "the
  2nd"). The table is printed twice: all cases, then news-like cases only.
- ``NotSupported`` / ``NotSupportedByDesign`` cases (ports of Recognizers-Text that fail them)
  are scored like the others; the "not-supported" column counts them and a third table gives
  F1 and value accuracy on the unflagged and the flagged cases apart.

``--show-misses`` also lists, per file, our missed items, wrong values and spurious mentions
grouped by the written form of the date (``RT_FORMS``), and the chat-style inputs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import re
import time
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scoring import greedy_pairs

import factcheck
from factcheck.timeml import timeml_timexes, timeml_value

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "timebank"
_DCT = re.compile(r'<DCT>.*?value="(\d{4}-\d\d-\d\d)', re.S)
_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_MONTHS = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE)


@dataclass(frozen=True)
class Item:
    start: int
    end: int
    text: str
    value: str | None

    def overlaps(self, other: Item) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass
class Article:
    name: str
    text: str
    dateline: dt.date
    gold: list[Item]
    others: list[Item]  # TIMEX3 of type TIME, DURATION or SET


def read_article(path: Path) -> Article:
    """Plain text of ``<TEXT>`` (tags removed, entities decoded) and its DATE timexes."""
    raw = path.read_text(encoding="utf-8")
    dct = _DCT.search(raw)
    body_start, body_end = raw.find("<TEXT>"), raw.find("</TEXT>")
    if dct is None or body_start < 0 or body_end < 0:
        raise SystemExit(f"{path}: no <DCT> date or no <TEXT>")
    body = raw[body_start + len("<TEXT>") : body_end]
    out: list[str] = []
    size = 0
    gold: list[Item] = []
    others: list[Item] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    pos = 0
    for m in _TAG.finditer(body):
        piece = html.unescape(body[pos : m.start()])
        out.append(piece)
        size += len(piece)
        pos = m.end()
        closing, name = m.group(1) == "/", m.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (size, dict(_ATTR.findall(m.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            text = "".join(out)[start:size]
            item = Item(start, size, text, attrs.get("value"))
            (gold if attrs.get("type") == "DATE" else others).append(item)
            open_timex = None
    out.append(html.unescape(body[pos:]))
    dateline = dt.date.fromisoformat(dct.group(1))
    return Article(path.name, "".join(out), dateline, gold, others)


def ours(article: Article) -> list[Item]:
    report = factcheck.check(article.text, dateline=article.dateline)
    return [
        Item(span.start, span.end, span.slice(article.text), value)
        for d in report.dates
        for span, value in timeml_timexes(d)
    ]


def _dateparser_value(found: str, when: dt.datetime) -> str:
    bare = found.strip()
    if re.fullmatch(r"\d{4}", bare):
        return f"{when.year:04d}"
    if _MONTHS.search(bare) and not re.search(r"\b\d{1,2}(st|nd|rd|th)?\b", bare):
        return f"{when.year:04d}-{when.month:02d}"
    return when.date().isoformat()


def _load_dateparser() -> Callable[[Article], list[Item]] | None:
    try:
        from dateparser.search import search_dates
    except Exception as exc:  # an optional baseline
        print(f"dateparser is not available ({exc}); scoring factcheck only.\n")
        return None

    def run(article: Article) -> list[Item]:
        base = dt.datetime.combine(article.dateline, dt.time(12))
        settings: Any = {"RELATIVE_BASE": base}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = search_dates(article.text, languages=["en"], settings=settings) or []
        items = []
        pos = 0
        for string, when in found:
            start = article.text.find(string, pos)
            if start < 0:
                continue
            pos = start + len(string)
            items.append(Item(start, pos, string, _dateparser_value(string, when)))
        return items

    return run


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    right: int = 0
    excused: int = 0

    @staticmethod
    def _prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
        p = tp / predicted if predicted else 0.0
        r = tp / gold if gold else 0.0
        return p, r, (2 * tp / (predicted + gold) if predicted + gold else 0.0)

    def extraction(self) -> tuple[float, float, float]:
        return self._prf(self.matched, self.predicted, self.gold)

    def value(self) -> tuple[float, float, float]:
        return self._prf(self.right, self.predicted, self.gold)


def match(gold: list[Item], preds: list[Item]) -> dict[int, int]:
    """One-to-one pairs (gold index -> prediction index), largest overlap first."""
    return greedy_pairs(
        (-(min(g.end, p.end) - max(g.start, p.start)), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(preds)
        if g.overlaps(p)
    )


def score(
    articles: list[Article], run: Callable[[Article], list[Item]]
) -> tuple[Score, float, dict[str, list[str]]]:
    total = Score()
    misses: dict[str, list[str]] = {"missed": [], "wrong value": [], "spurious": []}
    seconds = 0.0
    for article in articles:
        started = time.perf_counter()
        preds = run(article)
        seconds += time.perf_counter() - started
        pairs = match(article.gold, preds)
        total.gold += len(article.gold)
        total.predicted += len(preds)
        total.matched += len(pairs)
        for gi, g in enumerate(article.gold):
            if gi not in pairs:
                misses["missed"].append(f"{article.name}: {g.text!r} = {g.value}")
                continue
            p = preds[pairs[gi]]
            if p.value == g.value:
                total.right += 1
            else:
                misses["wrong value"].append(
                    f"{article.name}: {g.text!r} = {g.value} | ours {p.text!r} = {p.value}"
                )
        used = set(pairs.values())
        for pi, p in enumerate(preds):
            if pi in used:
                continue
            if any(p.overlaps(o) for o in article.others):
                total.predicted -= 1  # a time, duration or set: not a date, not a mistake
                total.excused += 1
                continue
            misses["spurious"].append(f"{article.name}: {p.text!r} = {p.value}")
    return total, seconds, misses


def _cells(prf: tuple[float, float, float]) -> str:
    return " / ".join(f"{x:.3f}" for x in prf)


# --- Recognizers-Text English date specs --------------------------------------------------------

RT_DATA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "recognizers-text"
RT_FILES = [
    ("DateExtractor", "DateTime/English/DateExtractor.json"),
    ("DateParser", "DateTime/English/DateParser.json"),
    ("DatePeriodParser", "DateTime/English/DatePeriodParser.json"),
]
#: The reference day of a case without ``Context``: the spec's own runner falls back to the day
#: the tests run (``DateTime.Now``), which is not reproducible. 2016-11-07 is the day the English
#: date specs are written against (most DateParser and DatePeriodParser cases; the extractor's
#: sentences are the DateParser ones), and those cases' expected results do not depend on it.
RT_DEFAULT_REFERENCE = dt.date(2016, 11, 7)
#: The spec's resolution for a date that does not exist ("Feb 30", "fifth Sunday" of September).
RT_NO_SUCH_DATE = "0001-01-01"
_ONE_DAY = dt.timedelta(days=1)

_MONTH_NAMES = (
    r"january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
)
_WEEKDAY_NAMES = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tues?|wed|thu|thurs?|fri|sat|sun"
)
#: A month's name, also glued to a number ("april22", "22april", "2019-sep-1").
_MONTH_NAME = re.compile(rf"(?<![a-z])(?:{_MONTH_NAMES})(?![a-z])", re.IGNORECASE)
#: A month or weekday written in lower case ("april 22", "on friday"), as news never does.
_LOWER_NAME = re.compile(rf"(?<![a-zA-Z])(?:{_MONTH_NAMES}|{_WEEKDAY_NAMES})(?![a-z])")
_ORDINAL_WORDS = (
    r"(?:(?:twenty|thirty)[\s-]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth"
    r"|(?:(?:twenty|thirty)[\s-]?)?(?:one|two|three|four|five|six|seven|eight|nine)"
    r"|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty"
)
#: A day of the month: "15", "27th", "the second", "twenty first", "fifteen".
_DAY = rf"(?:(?:[12]?\d|3[01])(?:st|nd|rd|th)?|{_ORDINAL_WORDS})"
#: A day of the month with no month: "on 15", "for the 27.", "the 2nd!", "from 4 to 22 this
#: month", "31st of this month", "Friday the 15th" (only checked when no month is named).
_BARE_DAY = re.compile(
    rf"\b(?:on|for|the|from|between)\s+(?:the\s+)?{_DAY}"
    r"(?=\s*(?:[.!?,;:](?!\d)|$)|\s+(?:to|till|until|through|and|or|with|at|in|on|from|by)\b)"
    rf"|\b{_DAY}(?:\s*(?:-|to|till|until|and)\s*{_DAY})?\s+(?:(?:of|in)\s+)?"
    r"(?:this|next|last|the)\s+month\b",
    re.IGNORECASE,
)
#: Questions and requests to an assistant, and words only chat uses.
_CHAT = [
    ("question", re.compile(r"\?\s*$|^\s*(?:what|who|where|when|which|how)\b", re.I)),
    (
        "request to an assistant",
        re.compile(
            r"\b(?:can|could|would|will)\s+you\b|\bplease\b|\blet'?s\b|\bcortana\b"
            r"|\b(?:remind|book|show|tell|find|give|send)\s+(?:me|us)\b"
            r"|^\s*(?:schedule|set|book|remind|show|find|handle|cancel|add|move|make)\b",
            re.I,
        ),
    ),
    ("chat word", re.compile(r"\b(?:tmrw|tmr|pls|plz|thx|ooo|lol)\b|\b(?:ha){2,}\b", re.I)),
]


def chat_style(text: str) -> str | None:
    """Why an input is chat-style rather than news language, or None when it is news-like.

    Chat-style is (in this order): a question ("Are you free on 13.5.2015?", "who did I email a
    month ago"); a request to an assistant ("can you", "please", "remind me", "book me",
    "let's", "Cortana", or an input that starts with an imperative: "schedule", "set",
    "find" ...); a word only chat uses ("tmrw", "OOO", "hahaha"); or a day of the month with
    no month named anywhere in the input ("on 15", "for the 27", "the 2nd", "Friday the 15th",
    "from 4 to 22 this month"), which news always writes with its month. The spec's carrier
    sentences ("I'll go back ...", "I'll be out ...", "I went back ...") are first-person
    statements that news quotes too, so they do not make a case chat-style by themselves: the
    date form or the address to an assistant does.
    """
    for reason, pattern in _CHAT:
        if pattern.search(text):
            return reason
    if not _MONTH_NAME.search(text) and _BARE_DAY.search(text):
        return "day without a month"
    return None


_PAST_VERB = re.compile(
    r"\b(?:went|was|were|had|did|came|left|happened|born|ago)\b"
    r"|\b(?:have|has|had)\s+\w+ed\b|\b\w{3,}ed\b(?<!\bneed)(?<!\bspeed)(?<!\bhundred)",
    re.I,
)
_FUTURE_VERB = re.compile(r"\b(?:will|shall|gonna|going\s+to)\b|'ll\b", re.I)


def text_sides(text: str) -> tuple[str, ...]:
    """Which of the spec's resolutions the input's tense asks for: ("past",) when it has a
    past verb ("went", "was", "had", "-ed", "ago"), ("future",) when it has a future one
    ("will", "'ll", "going to") or is a request to an assistant (which plans ahead), both when
    it has neither or both."""
    past = bool(_PAST_VERB.search(text))
    future = bool(_FUTURE_VERB.search(text)) or chat_style(text) == "request to an assistant"
    if past and not future:
        return ("past",)
    if future and not past:
        return ("future",)
    return ("past", "future")


@dataclass(frozen=True)
class Ours:
    """One of our date mentions, as the RT part compares it."""

    item: Item  # span, text and TimeML value
    first: dt.date | None
    last: dt.date | None
    granularity: str


@dataclass
class RTCase:
    index: int
    text: str
    dateline: dt.date
    gold: list[Item]  # value = the spec's Timex (None in the extractor file)
    resolutions: list[dict[str, dict[str, str]]]  # per gold item: {"past": ..., "future": ...}
    not_supported: str | None
    chat: str | None  # chat_style(text)


def load_rt_cases(path: Path) -> list[RTCase]:
    cases = []
    for index, raw in enumerate(json.loads(path.read_text(encoding="utf-8-sig"))):
        text = raw["Input"]
        when = (raw.get("Context") or {}).get("ReferenceDateTime")
        dateline = dt.date.fromisoformat(when[:10]) if when else RT_DEFAULT_REFERENCE
        gold, resolutions = [], []
        for result in raw.get("Results", []):
            start = result["Start"]
            end = start + result["Length"]
            value = result.get("Value") or {}
            gold.append(Item(start, end, text[start:end], value.get("Timex")))
            resolutions.append(
                {
                    "future": value.get("FutureResolution") or {},
                    "past": value.get("PastResolution") or {},
                }
            )
        flags = [str(raw[k]) for k in ("NotSupported", "NotSupportedByDesign") if raw.get(k)]
        cases.append(
            RTCase(
                index, text, dateline, gold, resolutions, "; ".join(flags) or None, chat_style(text)
            )
        )
    return cases


def ours_rt(case: RTCase) -> list[Ours]:
    report = factcheck.check(case.text, dateline=case.dateline)
    return [
        Ours(
            Item(d.span.start, d.span.end, d.span.slice(case.text), timeml_value(d)),
            d.first,
            d.last,
            d.granularity,
        )
        for d in report.dates
    ]


def _day(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def resolution_matches(res: dict[str, str], ours: Ours, is_range: bool) -> bool:
    """Whether our first..last days are the days of one spec resolution.

    - ``{"date": d}``: ours is the single day d (first == last == d). The spec writes
      "0001-01-01" for a date that does not exist ("Feb 30"); ours is right there when it
      resolves to no day (first and last None), as factcheck does for "September 31".
    - ``{"startDate": s, "endDate": e}``: first == s, and last == e - 1 day (the spec's end is
      exclusive for a calendar period: "this week" is Monday 2016-11-07 to 2016-11-14,
      "November" ends on 12-01) or last == e (the spec keeps the closing day of a written range,
      "from 4 to 22" ends on the 22nd, and of "rest of the month"). A range the spec writes as a
      Timex "(start,end,duration)" ends on the first day of its closing month or year
      ("2014-2018" ends 2018-01-01): when ours is a month or a year, its last day may close the
      month or year that starts on e. A single day of ours never matches such a range whose two
      ends differ (one day is not "November 19-20", whose end e - 1 is its first day).
    - Only one of the two ends (an open range, "more than 2 weeks before today"): that end alone.
    - An empty resolution (seasons: "this summer" has none): never; only the Timex can match.
    """
    if not res:
        return False
    if "date" in res:
        if res["date"] == RT_NO_SUCH_DATE:
            return ours.first is None and ours.last is None
        return ours.first == ours.last == _day(res["date"])
    if ours.first is None or ours.last is None:
        return False
    start, end = _day(res.get("startDate")), _day(res.get("endDate"))
    if start is not None and ours.first != start:
        return False
    if is_range and start != end and ours.first == ours.last:
        return False  # one day for "November 19-20" or "today till tomorrow"
    if end is None:
        return True
    ends = {end} if end.year == 1 and end.month == end.day == 1 else {end, end - _ONE_DAY}
    if is_range and end.day == 1:
        if ours.granularity == "month":
            ends.add((end.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - _ONE_DAY)
        elif ours.granularity == "year" and end.month == 1:
            ends.add(end.replace(month=12, day=31))
    return ours.last in ends


def value_right(gold: Item, resolutions: dict[str, dict[str, str]], ours: Ours, text: str) -> bool:
    """Ours is right when its TimeML value equals the spec's Timex, or when its days are the
    spec's resolution on the side the input's tense asks for (``text_sides``); when the spec's
    past and future resolutions are the same, the side does not matter."""
    if gold.value is not None and ours.item.value == gold.value:
        return True
    is_range = (gold.value or "").startswith("(")
    if resolutions["past"] == resolutions["future"]:
        sides: tuple[str, ...] = ("future",)
    else:
        sides = text_sides(text)
    return any(resolution_matches(resolutions[side], ours, is_range) for side in sides)


def _annotated(stem: str, ours: Ours) -> bool:
    """Whether the file annotates a mention of our kind: the Date files annotate single days
    only, the DatePeriod file periods only (a month in "6,107.31 August 2019" is not a date)."""
    is_day = ours.granularity in ("day", "night")
    return is_day if stem != "DatePeriodParser" else not is_day


@dataclass
class RTScore(Score):
    value_scored: int = 0  # matched items that carry a Timex or a resolution

    def add(self, other: RTScore) -> None:
        for name in ("gold", "predicted", "matched", "right", "excused", "value_scored"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def accuracy_cell(self) -> str:
        if not self.value_scored:
            return "-"
        return f"{self.right / self.value_scored:.3f} ({self.right}/{self.value_scored})"


def score_rt_case(
    stem: str, case: RTCase, preds: list[Ours]
) -> tuple[RTScore, list[tuple[str, str, str]]]:
    """The case's counts, and (kind, text, line) for each miss. Kinds: "missed", "wrong value",
    "spurious", and "spurious inside a gold item" (a second mention of ours inside a gold item
    that another one matched: a range or a compound date read as two dates)."""
    total = RTScore(gold=len(case.gold), predicted=len(preds))
    items = [p.item for p in preds]
    pairs = match(case.gold, items)
    total.matched = len(pairs)
    misses = []
    tag = "".join(
        [
            f"  [chat: {case.chat}]" if case.chat else "",
            f"  [NotSupported: {case.not_supported}]" if case.not_supported else "",
        ]
    )
    where = f"#{case.index} {case.text!r} @ {case.dateline}"
    for gi, g in enumerate(case.gold):
        if gi not in pairs:
            misses.append(("missed", g.text, f"{where}: {g.text!r} = {g.value}{tag}"))
            continue
        res = case.resolutions[gi]
        if g.value is None and not any(res.values()):
            continue  # the extractor file: no value to compare
        total.value_scored += 1
        p = preds[pairs[gi]]
        if value_right(g, res, p, case.text):
            total.right += 1
            continue
        side = res["past"] if res["past"] == res["future"] else res
        misses.append(
            (
                "wrong value",
                g.text,
                f"{where}: {g.text!r} = {g.value} {side} | ours {p.item.text!r} = "
                f"{p.item.value} {p.first}..{p.last}{tag}",
            )
        )
    used = set(pairs.values())
    for pi, p in enumerate(preds):
        if pi in used:
            continue
        if not _annotated(stem, p) and not any(p.item.overlaps(g) for g in case.gold):
            total.predicted -= 1  # a kind this file does not annotate: not a mistake
            total.excused += 1
            continue
        line = f"{where}: ours {p.item.text!r} = {p.item.value}{tag}"
        inside = [g for g in case.gold if p.item.overlaps(g)]
        if inside:  # grouped by the form of the gold item it is part of
            misses.append(("spurious inside a gold item", inside[0].text, line))
        else:
            misses.append(("spurious", p.item.text, line))
    return total, misses


_WEEKDAY = rf"(?<![a-z])(?:{_WEEKDAY_NAMES})(?![a-z])"
#: Written forms of a missed or mistaken date, for grouping the misses (the first that fits).
RT_FORMS: list[tuple[str, re.Pattern[str]]] = [
    ("month or weekday in lower case", _LOWER_NAME),
    (
        "day without a month",
        re.compile(
            rf"^(?!.*(?:{_MONTH_NAME.pattern}))(?:.*\b(?:the|from|between)\s+|\s*){_DAY}"
            r"(?=\s*$|\s+(?:to|till|until|and|through|this|next|last|of|in)\b)",
            re.I,
        ),
    ),
    (
        "offset from now (ago, later, within, next 3 days)",
        re.compile(
            r"\b(?:ago|later|hence|within|future|from\s+(?:now|today|tomorrow|yesterday))\b"
            r"|\b(?:after|before)\s+(?:today|tomorrow|yesterday|tmrw)\b|\bstarting\b"
            r"|\b(?:next|past|last|previous|upcoming|in)\s+(?:\d+|few|couple|two|three|four)\s+"
            r"(?:business\s+)?(?:day|week|month|year|decade)",
            re.I,
        ),
    ),
    ("numeric date (4/22, 2015-3, 13.5.2015)", re.compile(r"^\d+\s*[-/.,]\s*\d+(?:[-/.,]\d+)?$")),
    ("range of two dates", re.compile(r"\b(?:from|between|to|till|until|through)\b|\S - \S")),
    ("week or weekend", re.compile(r"\bweek|\bw/c\b", re.I)),
    (
        "decade or century (the 70s)",
        re.compile(r"\d0'?s\b|centur|decade|(?:ties|tens|sands)\b", re.I),
    ),
    (
        "day or year in words (may twenty one, nineteen seventy)",
        re.compile(rf"\b(?:{_ORDINAL_WORDS}|hundred|thousand)\b(?!\s+{_WEEKDAY})", re.I),
    ),
    ("quarter or half (Q3, H2 2016)", re.compile(r"(?:\b|\d)[QH]\d\b|quarter|\bhalf\b", re.I)),
    ("numeric date (4/22, 2015-3, 13.5.2015)", re.compile(r"\d\s*[-/.,]\s*\d")),
    ("weekday", re.compile(_WEEKDAY, re.I)),
    ("day word (today, tmrw, the day)", re.compile(r"\b(?:day|today|tomorrow|yesterday|tmrw)\b")),
    (
        "month name and a number (Oct. 2, November 2016)",
        re.compile(rf"^(?=.*(?:{_MONTH_NAME.pattern})).*\d", re.I),
    ),
]


def rt_form(text: str) -> str:
    """The written form of a date (``RT_FORMS``, the first that fits), to group the misses."""
    for form, pattern in RT_FORMS:
        if pattern.search(text):
            return form
    return "month, year, season or other"


def run_rt(root: Path, show_misses: bool) -> None:
    """Score factcheck on the three RT date files and print the tables (and the misses)."""
    paths = [(stem, root / rel) for stem, rel in RT_FILES]
    absent = [str(path) for _, path in paths if not path.is_file()]
    if absent:
        print(f"\nRecognizers-Text date specs not found ({', '.join(absent)}); skipped.")
        return
    files = [(stem, load_rt_cases(path)) for stem, path in paths]
    seconds = 0.0
    scores: dict[tuple[str, str], RTScore] = {}
    misses: dict[str, list[tuple[str, str, str]]] = {}  # stem -> (kind, form, line)
    for stem, cases in files:
        for part in ("all", "news", "unflagged", "flagged"):
            scores[stem, part] = RTScore()
        misses[stem] = []
        for case in cases:
            started = time.perf_counter()
            preds = ours_rt(case)
            seconds += time.perf_counter() - started
            case_score, case_misses = score_rt_case(stem, case, preds)
            parts = ["all", "flagged" if case.not_supported else "unflagged"]
            parts += [] if case.chat else ["news"]
            for part in parts:
                scores[stem, part].add(case_score)
            for kind, text, line in case_misses:
                misses[stem].append((kind, rt_form(text), line))

    total = sum(len(cases) for _, cases in files)
    print(
        f"\nRecognizers-Text English date specs: {total} cases in {len(files)} files, each "
        "checked with its reference date as the dateline"
    )
    for part, title in (("all", "all cases"), ("news", "news-like cases only")):
        chat_column = part == "all"
        print(f"\n### {title}\n")
        header = "| file | cases |" + (" chat-style |" if chat_column else "")
        header += " not-supported | gold | extraction P / R / F1 | value right / matched |"
        header += " left out |"
        print(header)
        print("|---" * (header.count("|") - 1) + "|")
        for stem, cases in files:
            chosen = [c for c in cases if chat_column or not c.chat]
            chat = f" {sum(c.chat is not None for c in chosen)} |" if chat_column else ""
            flagged = sum(c.not_supported is not None for c in chosen)
            s = scores[stem, part]
            print(
                f"| {stem} | {len(chosen)} |{chat} {flagged} | {s.gold} "
                f"| {_cells(s.extraction())} | {s.accuracy_cell()} | {s.excused} |"
            )
    print("\n### all cases, by NotSupported flag\n")
    print("| file | flagged | extraction F1 unflagged | flagged | value unflagged | flagged |")
    print("|---|---|---|---|---|---|")
    for stem, cases in files:
        clean, flagged = scores[stem, "unflagged"], scores[stem, "flagged"]
        print(
            f"| {stem} | {sum(c.not_supported is not None for c in cases)} "
            f"| {clean.extraction()[2]:.3f} | {flagged.extraction()[2]:.3f} "
            f"| {clean.accuracy_cell()} | {flagged.accuracy_cell()} |"
        )
    print()
    for stem, cases in files:
        reasons = Counter(c.chat for c in cases if c.chat)
        shown = ", ".join(f"{reason} {n}" for reason, n in reasons.most_common())
        print(f"chat-style in {stem}: {sum(reasons.values())} ({shown})")
    print(f"time: {seconds:.2f} s for {total} cases")
    if not show_misses:
        return
    for stem, cases in files:
        for kind in ("missed", "wrong value", "spurious", "spurious inside a gold item"):
            lines = [(form, line) for k, form, line in misses[stem] if k == kind]
            forms = Counter(form for form, _ in lines)
            print(f"\n## {stem}: {kind} ({len(lines)})")
            if lines:
                print("  by form: " + ", ".join(f"{k} {v}" for k, v in forms.most_common()))
            for form, _ in forms.most_common():
                print(f"  - {form}")
                for line in (line for f, line in lines if f == form):
                    print(f"    {line}")
        chat_cases = [c for c in cases if c.chat]
        print(f"\n## {stem}: chat-style inputs ({len(chat_cases)})")
        for case in chat_cases:
            print(f"  #{case.index} {case.text!r}  [{case.chat}]")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--show-misses", action="store_true", help="list factcheck's misses")
    parser.add_argument("--no-baseline", action="store_true", help="skip dateparser")
    parser.add_argument("--rt-data", type=Path, default=RT_DATA, help="the recognizers-text folder")
    parser.add_argument("--no-rt", action="store_true", help="skip the Recognizers-Text specs")
    args = parser.parse_args()
    files = sorted(args.data.glob("*.tml"))
    if not files:
        raise SystemExit(f"no .tml files under {args.data} (see ../shared/benchmarks/README.md)")
    articles = [read_article(path) for path in files]
    factcheck.check("warm up on 4 September 2025.", dateline="2025-09-04")
    systems: list[tuple[str, Callable[[Article], list[Item]]]] = [("factcheck", ours)]
    baseline = None if args.no_baseline else _load_dateparser()
    if baseline is not None:
        systems.append(("dateparser search_dates", baseline))
    gold = sum(len(a.gold) for a in articles)
    chars = sum(len(a.text) for a in articles)
    print(f"TimeBank 1.2: {len(articles)} articles, {chars:,} characters, {gold} DATE timexes\n")
    print("| system | extraction P / R / F1 | value P / R / F1 | seconds | left out |")
    print("|---|---|---|---|---|")
    results = {}
    for name, run in systems:
        total, seconds, misses = score(articles, run)
        results[name] = (total, misses)
        print(
            f"| {name} | {_cells(total.extraction())} | {_cells(total.value())} "
            f"| {seconds:.2f} | {total.excused} |"
        )
    ours_total = results["factcheck"][0]
    extraction_f1, value_f1 = ours_total.extraction()[2], ours_total.value()[2]
    print("\ntargets: extraction F1 >= 0.90, value F1 >= 0.85, ahead of dateparser")
    met = "met" if extraction_f1 >= 0.90 else "not met"
    print(f"- extraction F1 >= 0.90: {extraction_f1:.3f}, {met}")
    print(f"- value F1 >= 0.85: {value_f1:.3f}, {'met' if value_f1 >= 0.85 else 'not met'}")
    if "dateparser search_dates" in results:
        theirs = results["dateparser search_dates"][0]
        ahead = extraction_f1 > theirs.extraction()[2] and value_f1 > theirs.value()[2]
        print(f"- ahead of dateparser on both F1: {'met' if ahead else 'not met'}")
    if args.show_misses:
        misses = results["factcheck"][1]
        for kind, lines in misses.items():
            print(f"\n## {kind} ({len(lines)})")
            shapes = Counter(re.sub(r"\d", "9", line.rsplit("= ", 1)[-1]) for line in lines)
            print(
                "  by gold value form: " + ", ".join(f"{k} {v}" for k, v in shapes.most_common(12))
            )
            for line in lines:
                print(f"  {line}")
    if not args.no_rt:
        run_rt(args.rt_data, args.show_misses)


if __name__ == "__main__":
    main()
