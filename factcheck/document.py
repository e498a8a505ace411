"""The Document: the text with every fact extracted once, shared by all rules."""

from __future__ import annotations

import datetime as dt

import attrs

from factcheck.dateline import (
    check_year,
    detect_dateline,
    parse_dateline_argument,
    written_order,
)
from factcheck.errors import InputError
from factcheck.extract.changes import extract_changes
from factcheck.extract.clock import extract_clock_times
from factcheck.extract.dates import extract_dates
from factcheck.extract.elapsed import extract_elapsed
from factcheck.extract.enumerations import extract_enumerations
from factcheck.extract.numbers import extract_numbers
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
    line: Dateline | None
    if dateline is not None:
        line = Dateline(parse_dateline_argument(dateline), "argument")
    else:
        line = detect_dateline(text, lex, year=year, today=dt.date.today())
    tokens, sentences = segment(text, lex)
    parsed = extract_numbers(tokens, lex)
    order = written_order(text, line)
    dates = extract_dates(text, tokens, line.date if line else None, lex, year=year, order=order)
    times, conversions = extract_clock_times(tokens, lex)
    excluded = [d.span for d in dates] + [t.span for t in times]
    if line is not None and line.span is not None:
        excluded.append(line.span)
    quantities = extract_quantities(tokens, parsed, excluded, lex)
    enumerations = extract_enumerations(tokens, parsed, quantities, lex, text)
    return Document(
        text=text,
        dateline=line,
        sentences=sentences,
        numbers=tuple(p.mention for p in parsed),
        quantities=quantities,
        dates=dates,
        enumerations=enumerations,
        lexicon=lex,
        elapsed=extract_elapsed(tokens, parsed, dates, lex),
        times=times,
        conversions=conversions,
        changes=extract_changes(tokens, quantities, lex),
    )
