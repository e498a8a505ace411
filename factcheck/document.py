"""The Document: the text with every fact extracted once, shared by all rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

import attrs

from factcheck.dateline import (
    check_year,
    detect_dateline,
    parse_dateline_argument,
    written_order,
)
from factcheck.errors import FactcheckError, InputError, described
from factcheck.extract.changes import extract_changes
from factcheck.extract.clock import extract_clock_times
from factcheck.extract.dates import extract_dates
from factcheck.extract.elapsed import extract_elapsed
from factcheck.extract.enumerations import extract_enumerations
from factcheck.extract.numbers import ParsedNumber, extract_numbers
from factcheck.extract.quantities import extract_quantities
from factcheck.lexicon import Lexicon
from factcheck.model import (
    Change,
    ClockTime,
    Dateline,
    DateMention,
    Elapsed,
    Enumeration,
    NumberMention,
    Quantity,
    Sentence,
    Span,
    TimeConversion,
)

if TYPE_CHECKING:
    from factcheck.text import Token

T = TypeVar("T")


@attrs.frozen(slots=True)
class ExtractionFailure:
    """An extractor that raised: which (``"quantities"``), and the exception's class,
    message and place. A bug of ours, reported in the report rather than raised, so one
    strange story never costs a pipeline the rest of its facts."""

    stage: str
    exception: str
    message: str


@attrs.frozen(slots=True)
class Document:
    """A text and its facts. Rules read these facts; they never re-scan the text."""

    text: str
    dateline: Dateline | None
    sentences: tuple[Sentence, ...]
    numbers: tuple[NumberMention, ...]
    quantities: tuple[Quantity, ...]
    dates: tuple[DateMention, ...]
    enumerations: tuple[Enumeration, ...]
    lexicon: Lexicon = attrs.field(repr=False, eq=False)
    elapsed: tuple[Elapsed, ...] = ()
    times: tuple[ClockTime, ...] = ()
    conversions: tuple[TimeConversion, ...] = ()
    changes: tuple[Change, ...] = ()
    #: Extractors that raised on this text: their facts are missing, and the report
    #: carries an ``error`` finding for each (see :func:`failure_findings`).
    failures: tuple[ExtractionFailure, ...] = ()

    def excerpt(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def sentence_index(self, offset: int) -> int:
        """The index of the sentence holding ``offset`` (binary search)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.sentences[mid].span.start <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def paragraph_of(self, offset: int) -> int:
        if not self.sentences:
            return 0
        return self.sentences[self.sentence_index(offset)].paragraph


def read_document(
    text: object,
    dateline: object = None,
    *,
    lexicon: Lexicon | None = None,
    year: int | None = None,
) -> Document:
    """Segment ``text`` and extract every number, quantity, date and enumeration in it."""
    from factcheck.text import segment

    if not isinstance(text, str):
        raise InputError(f"check() takes the article as a str, got {type(text).__name__}")
    lex = lexicon or Lexicon.default()
    year = check_year(year)
    failures: list[ExtractionFailure] = []

    def stage(name: str, extract: Callable[[], T], default: T) -> T:
        try:
            return extract()
        except FactcheckError:
            raise  # on purpose: a user's lexicon naming a unit pint does not know
        except Exception as exc:  # an extractor's bug: reported, never raised
            failures.append(_failure(name, exc))
            return default

    line: Dateline | None
    if dateline is not None:
        line = Dateline(parse_dateline_argument(dateline), "argument")
    else:
        today = dt.date.today()
        line = stage("dateline", lambda: detect_dateline(text, lex, year=year, today=today), None)
    date = line.date if line else None
    tokens: tuple[Token, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    tokens, sentences = stage("text", lambda: segment(text, lex), (tokens, sentences))
    parsed: tuple[ParsedNumber, ...] = stage("numbers", lambda: extract_numbers(tokens, lex), ())
    order = stage("dateline", lambda: written_order(text, line), None)
    dates: tuple[DateMention, ...] = stage(
        "dates", lambda: extract_dates(text, tokens, date, lex, year=year, order=order), ()
    )
    times: tuple[ClockTime, ...] = ()
    conversions: tuple[TimeConversion, ...] = ()
    times, conversions = stage(
        "clock", lambda: extract_clock_times(tokens, lex), (times, conversions)
    )
    excluded = [d.span for d in dates] + [t.span for t in times]
    if line is not None and line.span is not None:
        excluded.append(line.span)
    quantities: tuple[Quantity, ...] = stage(
        "quantities", lambda: extract_quantities(tokens, parsed, excluded, lex), ()
    )
    enumerations: tuple[Enumeration, ...] = stage(
        "enumerations", lambda: extract_enumerations(tokens, parsed, quantities, lex, text), ()
    )
    elapsed: tuple[Elapsed, ...] = stage(
        "elapsed", lambda: extract_elapsed(tokens, parsed, dates, lex), ()
    )
    changes: tuple[Change, ...] = stage(
        "changes", lambda: extract_changes(tokens, quantities, lex), ()
    )
    return Document(
        text=text,
        dateline=line,
        sentences=sentences,
        numbers=tuple(p.mention for p in parsed),
        quantities=quantities,
        dates=dates,
        enumerations=enumerations,
        lexicon=lex,
        elapsed=elapsed,
        times=times,
        conversions=conversions,
        changes=changes,
        failures=tuple(failures),
    )


def _failure(stage: str, exc: Exception) -> ExtractionFailure:
    return ExtractionFailure(stage, type(exc).__name__, described(exc))
