"""The Document: the text with every fact extracted once, shared by all rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Protocol, TypeVar

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
from factcheck.extract.dates import NumericOrder, extract_dates
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
from factcheck.openers import Openers, find_openers
from factcheck.text import segment
from factcheck.windows import Window, windows

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
    order = stage("dateline", lambda: written_order(text, line), None)
    read = _Read()
    before = len(failures)
    parts = list(windows(text))
    for window in parts:
        _read_window(text, window, line, order, lex, year, stage, read)
        if len(failures) > before and len(parts) > 1:
            # An extractor broke: read the text whole, so its facts are missing from the
            # whole text and the failure is reported once, whichever window met it.
            del failures[before:]
            read = _Read()
            _read_window(
                text, Window(0, 0, len(text), len(text)), line, order, lex, year, stage, read
            )
            break
    return Document(
        text=text,
        dateline=line,
        sentences=tuple(read.sentences),
        numbers=tuple(read.numbers),
        quantities=tuple(read.quantities),
        dates=tuple(read.dates),
        enumerations=tuple(read.enumerations),
        lexicon=lex,
        elapsed=tuple(read.elapsed),
        times=tuple(read.times),
        conversions=tuple(read.conversions),
        changes=tuple(read.changes),
        failures=tuple(failures),
    )


class _Stage(Protocol):
    def __call__(self, name: str, extract: Callable[[], T], default: T) -> T: ...


@attrs.define
class _Read:
    """The facts of the windows read so far."""

    sentences: list[Sentence] = attrs.Factory(list)
    numbers: list[NumberMention] = attrs.Factory(list)
    quantities: list[Quantity] = attrs.Factory(list)
    dates: list[DateMention] = attrs.Factory(list)
    enumerations: list[Enumeration] = attrs.Factory(list)
    elapsed: list[Elapsed] = attrs.Factory(list)
    times: list[ClockTime] = attrs.Factory(list)
    conversions: list[TimeConversion] = attrs.Factory(list)
    changes: list[Change] = attrs.Factory(list)


def _read_window(
    text: str,
    window: Window,
    line: Dateline | None,
    order: NumericOrder | None,
    lex: Lexicon,
    year: int | None,
    stage: _Stage,
    read: _Read,
) -> None:
    """Extract every fact of ``window`` and add those it keeps to ``read``; the window's
    tokens are dropped on return."""
    date = line.date if line else None
    tokens: tuple[Token, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    tokens, sentences = stage(
        "text",
        lambda: segment(text, lex, window.read_start, window.read_end),
        (tokens, sentences),
    )
    found: Openers | None = stage("text", lambda: find_openers(tokens, lex), None)

    def openers(name: str) -> list[int] | None:
        """The tokens an extractor starts from; None, and it finds its own, if finding
        them all at once failed."""
        return None if found is None else found[name]

    parsed: tuple[ParsedNumber, ...] = stage(
        "numbers", lambda: extract_numbers(tokens, lex, openers("numbers")), ()
    )
    dates: tuple[DateMention, ...] = stage(
        "dates",
        lambda: extract_dates(
            text,
            tokens,
            date,
            lex,
            year=year,
            order=order,
            openers=openers("dates"),
            possessives=openers("possessives"),
        ),
        (),
    )
    times: tuple[ClockTime, ...] = ()
    conversions: tuple[TimeConversion, ...] = ()
    times, conversions = stage(
        "clock", lambda: extract_clock_times(tokens, lex, openers("clock")), (times, conversions)
    )
    excluded = [d.span for d in dates] + [t.span for t in times]
    if line is not None and line.span is not None:
        excluded.append(line.span)
    quantities: tuple[Quantity, ...] = stage(
        "quantities",
        lambda: extract_quantities(tokens, parsed, excluded, lex, openers("totals")),
        (),
    )
    enumerations: tuple[Enumeration, ...] = stage(
        "enumerations",
        lambda: extract_enumerations(tokens, parsed, quantities, lex, text, openers("lists")),
        (),
    )
    elapsed: tuple[Elapsed, ...] = stage(
        "elapsed", lambda: extract_elapsed(tokens, parsed, dates, lex, openers("elapsed")), ()
    )
    changes: tuple[Change, ...] = stage(
        "changes", lambda: extract_changes(tokens, quantities, lex, openers("changes")), ()
    )
    read.sentences.extend(_kept_sentences(window, sentences, read.sentences))
    read.numbers.extend(_kept(window, [p.mention for p in parsed]))
    read.quantities.extend(_kept(window, quantities))
    read.dates.extend(_kept(window, dates))
    read.enumerations.extend(_kept(window, enumerations))
    read.elapsed.extend(_kept(window, elapsed))
    read.times.extend(_kept(window, times))
    read.conversions.extend(_kept(window, conversions))
    read.changes.extend(_kept(window, changes))


class _Spanned(Protocol):
    @property
    def span(self) -> Span: ...


F = TypeVar("F", bound=_Spanned)


def _kept(window: Window, facts: Iterable[F]) -> Iterator[F]:
    """The facts ``window`` keeps: those that start in its part."""
    return (f for f in facts if window.keeps(f.span.start))


def _kept_sentences(
    window: Window, sentences: Sequence[Sentence], before: Sequence[Sentence]
) -> Sequence[Sentence]:
    """The sentences ``window`` keeps, their paragraphs counted as in a read of the whole
    text: the window counts from where it starts reading, and its first kept sentence
    opens the paragraph after the last one ``before`` it. The first window to keep a
    sentence reads from the text's start (its context reaches back there when nothing
    before it holds a token), so it already counts as one read does."""
    kept = list(_kept(window, sentences))
    if not kept or not before:
        return kept
    shift = before[-1].paragraph + 1 - kept[0].paragraph
    if shift == 0:
        return kept
    return [Sentence(s.span, s.paragraph + shift) for s in kept]


def _failure(stage: str, exc: Exception) -> ExtractionFailure:
    return ExtractionFailure(stage, type(exc).__name__, described(exc))
