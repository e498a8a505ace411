"""Domain words as data: number words, hedges, roles, nouns, calendar words.

The defaults live in ``factcheck/data/*.toml``. A user extends them with their own TOML
files of the same shape (``Lexicon.default().extend("house_roles.toml")``): tables are
merged key by key and lists are joined, so a file only needs to say what it adds.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from fractions import Fraction
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

import attrs

from factcheck.errors import LexiconError
from factcheck.toml import read_toml, tomllib

V = TypeVar("V")

_FILES = ("numbers", "hedges", "roles", "nouns", "units", "dates", "text")
_READINGS = frozenset({"at-least", "more-than", "at-most", "less-than", "about", "nearly"})


def _merge(base: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        old = out.get(key)
        if isinstance(old, dict) and isinstance(value, Mapping):
            out[key] = _merge(old, value)
        elif isinstance(old, list) and isinstance(value, list):
            out[key] = old + [v for v in value if v not in old]
        else:
            out[key] = value
    return out


def _phrase(words: str) -> tuple[str, ...]:
    return tuple(words.lower().split())


def _words(words: Any) -> frozenset[str]:
    return frozenset(str(w).lower() for w in words)


def _date_phrase(words: str) -> tuple[str, ...]:
    """A phrase of the date tables as dates are read, without possessives: "last year's
    quarter" is matched as "last year quarter" (see ``extract.dates._without_possessives``)."""
    return tuple(w.removesuffix("'s").removesuffix("\u2019s") for w in _phrase(words))


class Lowered(Protocol):
    """Anything with a lower-cased form: the tokens of :mod:`factcheck.text`."""

    @property
    def lower(self) -> str: ...


class Phrases(Generic[V]):
    """Word phrases ("at least", "shot down") indexed by their first word.

    ``match`` costs one dict lookup for the many tokens that start no phrase, which keeps
    scanning a long text linear.
    """

    __slots__ = ("_by_first", "_entries", "_firsts", "_seconds", "_single")

    def __init__(self, entries: Mapping[tuple[str, ...], V]) -> None:
        self._entries = dict(entries)
        by_first: dict[str, list[tuple[tuple[str, ...], V]]] = {}
        for phrase, value in entries.items():
            if phrase:
                by_first.setdefault(phrase[0], []).append((phrase, value))
        for options in by_first.values():
            options.sort(key=lambda item: -len(item[0]))
        self._by_first = by_first
        self._firsts = frozenset(by_first)
        # The one-word phrase of each first word, and the words that may come second: most
        # tokens after a first word ("the") rule every longer phrase out with one lookup.
        self._single = {p[0]: v for p, v in self._entries.items() if len(p) == 1}
        self._seconds = {
            first: frozenset(p[1] for p, _ in options if len(p) > 1)
            for first, options in by_first.items()
        }

    def seconds(self, first: str) -> frozenset[str]:
        """The words that may come second in a phrase of two words or more opening with
        ``first``."""
        return self._seconds.get(first, frozenset())

    def match(self, tokens: Sequence[Lowered], i: int) -> tuple[V, int] | None:
        """The value of the longest phrase starting at ``tokens[i]`` and its length; ``None``
        past the last token."""
        n = len(tokens)
        if i >= n:
            return None
        first = tokens[i].lower
        options = self._by_first.get(first)
        if options is None:
            return None
        if i + 1 < n and tokens[i + 1].lower in self._seconds[first]:
            for phrase, value in options:
                size = len(phrase)
                if size == 1 or i + size > n:
                    continue
                k = 1
                while k < size and tokens[i + k].lower == phrase[k]:
                    k += 1
                if k == size:
                    return value, size
        if first in self._single:
            return self._single[first], 1
        return None

    @property
    def first_words(self) -> frozenset[str]:
        return self._firsts

    def get(self, phrase: tuple[str, ...]) -> V | None:
        return self._entries.get(phrase)

    def __contains__(self, phrase: object) -> bool:
        return phrase in self._entries

    def __len__(self) -> int:
        return len(self._entries)


@attrs.frozen(slots=True)
class Lexicon:
    """Every word list the extractors use, built once from merged TOML data."""

    raw: Mapping[str, Any] = attrs.field(repr=False)
    cardinals: Mapping[str, int]
    scales: Mapping[str, int]
    multiples: Mapping[str, int]
    ordinals: Mapping[str, int]
    vague: Phrases[tuple[int, int]]
    denominators: Mapping[str, int]
    suffixes: Mapping[str, int]
    bare_suffixes: frozenset[str]
    sign_words: Mapping[str, int]
    change_words: frozenset[str]
    change_up: frozenset[str]
    change_down: frozenset[str]
    share_cues: frozenset[str]
    share_breakers: frozenset[str]
    share_progress: frozenset[str]
    share_not: frozenset[str]
    pronoun_one_before: frozenset[str]
    pronoun_one_after: frozenset[str]
    multipliers: Mapping[str, Fraction]
    multiplier_after: frozenset[str]
    hedges: Phrases[str]
    hedge_tolerance: Fraction
    post_hedges: Phrases[str]
    roles: Phrases[str]
    units: Phrases[str]
    glued_units: Mapping[str, str]
    currencies: Phrases[str]
    currency_symbols: Mapping[str, str]
    currency_codes: frozenset[str]
    currency_minor: Phrases[tuple[str, Fraction]]
    currency_code_scales: Mapping[str, int]
    currency_minor_glued: Mapping[str, tuple[str, Fraction]]
    unit_parts: Mapping[str, tuple[frozenset[str], Fraction]]
    currencies_after_scale: Mapping[str, str]
    part_of: Mapping[str, frozenset[str]]
    cumulative_cues: Phrases[bool]
    grammar: Mapping[str, frozenset[str]]
    irregular_plurals: Mapping[str, str]
    stop_words: frozenset[str]
    not_plural: frozenset[str]
    identifier_heads: frozenset[str]
    score_words: frozenset[str]
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    lower_case_not_dates: frozenset[str]
    counted_span_before: frozenset[str]
    day_range_not_after: frozenset[str]
    day_range_after: frozenset[str]
    counted_span_after: frozenset[str]
    relative_days: Phrases[tuple[int, int, str]]
    relative_weeks: Phrases[int]
    relative_periods: Phrases[tuple[str, int]]
    anaphoric_periods: Phrases[tuple[str, int]]
    references: Phrases[str]
    ago_units: Mapping[str, str]
    seasons: Mapping[str, tuple[int, int]]
    period_modifiers: Phrases[int]
    period_cues: frozenset[str]
    spoken_year_cues: frozenset[str]
    anchored_year_nouns: frozenset[str]
    anchor_breaks: Phrases[bool]
    decade_words: Mapping[str, int]
    decade_measures: frozenset[str]
    short_periods: Mapping[str, tuple[str, int]]
    short_period_context: frozenset[str]
    year_not_names: frozenset[str]
    span_sides: Mapping[str, int]
    rest_of: Phrases[str]
    elapsed_joiners: frozenset[str]
    time_zones: Phrases[tuple[int, int, str]]
    elapsed_start_cues: frozenset[str]
    elapsed_present: frozenset[str]
    tense_cues: Phrases[str]
    past_forms: frozenset[str]
    future_endings: tuple[str, ...]
    not_past: frozenset[str]
    modifier_heads: frozenset[str]
    deadlines: frozenset[str]
    agencies: frozenset[str]
    abbreviations: frozenset[str]
    # Words that can open a number or a date: every other word is skipped at once.
    number_starters: frozenset[str] = attrs.field(init=False)
    date_starters: frozenset[str] = attrs.field(init=False)
    # Words that can open a period other than "N units ago" ("last year", "the weekend").
    period_starters: frozenset[str] = attrs.field(init=False)
    # Words that may follow "the", "a" or "an" in a date ("the third quarter", "a year
    # ago"): after any other word, the article opens no date and is skipped at once.
    article_followers: frozenset[str] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        numbers = (
            (set(self.cardinals) | set(self.scales) | set(self.multiples) | set(self.ordinals))
            | self.hedges.first_words
            | self.vague.first_words
            | set(self.denominators)
            | set(self.multipliers)
            | set(self.sign_words)
            | {"a", "between", "from"}
        )
        periods = (
            self.relative_periods.first_words
            | self.anaphoric_periods.first_words
            | self.references.first_words
            | self.period_modifiers.first_words
            | set(self.seasons)
            | {w for w, v in self.ordinals.items() if v <= 4}
            | {"mid", "early", "late", "fiscal", "the", "latter"}
            | set(self.decade_words)
            | set(self.short_periods)
            | set(self.span_sides)
            | self.rest_of.first_words
        )
        dates = (
            (set(self.months) | set(self.weekdays) | self.relative_days.first_words)
            | self.relative_weeks.first_words
            | periods
            | set(self.cardinals)
            | {"a", "an", "several", "few", "many", "some"}
        )
        tables: tuple[Phrases[Any], ...] = (
            self.relative_days,
            self.relative_weeks,
            self.relative_periods,
            self.anaphoric_periods,
            self.references,
            self.period_modifiers,
            self.rest_of,
        )
        followers = set(dates) | set(self.ago_units) | set(self.months) | set(self.weekdays)
        for table in tables:
            for article in ("the", "a", "an"):
                followers |= table.seconds(article)
        followers |= {
            "weekend",
            "weekends",
            "year",
            "same",
            "following",
            "previous",
            "comparable",
            "prior",
        }
        object.__setattr__(self, "article_followers", frozenset(followers))
        object.__setattr__(self, "period_starters", frozenset(periods))
        object.__setattr__(self, "number_starters", frozenset(numbers))
        object.__setattr__(self, "date_starters", frozenset(dates))

    @classmethod
    def default(cls) -> Lexicon:
        return _default()

    @classmethod
    def from_data(cls, data: Mapping[str, Any], source: str = "<data>") -> Lexicon:
        try:
            return cls._build(data)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise LexiconError(f"{source}: malformed lexicon data: {exc!r}") from exc

    def with_data(self, data: Mapping[str, Any], source: str = "<data>") -> Lexicon:
        """A new lexicon with the tables of ``data`` merged into these (as ``extend``
        merges files): ``{"roles": {"intercepted": ["knocked out"]}}``."""
        return Lexicon.from_data(_merge(dict(self.raw), data), source=source)

    def extend(self, *paths: str | Path) -> Lexicon:
        """A new lexicon with the words of ``paths`` added to these."""
        data = dict(self.raw)
        for path in paths:
            data = _merge(data, _read(Path(path)))
        return Lexicon.from_data(data, source=", ".join(str(p) for p in paths))

    @classmethod
    def _build(cls, d: Mapping[str, Any]) -> Lexicon:
        hedges = {_phrase(k): v for k, v in d["hedges"].items()}
        readings = [*hedges.values(), *d.get("post_hedges", {}).values()]
        bad = sorted(str(v) for v in readings if v not in _READINGS)
        if bad:
            raise ValueError(f"unknown hedge readings {bad}; expected one of {sorted(_READINGS)}")
        roles = {_phrase(word): role for role, words in d["roles"].items() for word in words}
        relative = {
            _phrase(k): (int(v["first"]), int(v["last"]), str(v["granularity"]))
            for k, v in d["relative"].items()
        }
        words = d["words"]
        return cls(
            raw=d,
            cardinals={k.lower(): int(v) for k, v in d["cardinals"].items()},
            scales={k.lower(): int(v) for k, v in d["scales"].items()},
            multiples={k.lower(): int(v) for k, v in d["multiples"].items()},
            ordinals={k.lower(): int(v) for k, v in d["ordinals"].items()},
            vague=Phrases(
                {_phrase(k): (int(v[0]), int(v[1])) for k, v in d.get("vague", {}).items()}
            ),
            denominators={k.lower(): int(v) for k, v in d.get("denominators", {}).items()},
            suffixes={k.lower(): int(v) for k, v in d.get("suffixes", {}).items()},
            bare_suffixes=frozenset(d.get("bare_suffixes", {}).get("spellings", [])),
            sign_words={k.lower(): int(v) for k, v in d.get("sign_words", {}).items()},
            multipliers={k.lower(): Fraction(str(v)) for k, v in d.get("multipliers", {}).items()},
            multiplier_after=frozenset(
                w.lower() for w in d.get("multipliers_after", {}).get("words", [])
            ),
            pronoun_one_before=frozenset(
                w.lower() for w in d.get("pronoun_one", {}).get("before", [])
            ),
            pronoun_one_after=frozenset(
                w.lower() for w in d.get("pronoun_one", {}).get("after", [])
            ),
            change_words=frozenset(w.lower() for w in d.get("change_words", {}).get("words", [])),
            share_cues=frozenset(w.lower() for w in d.get("shares", {}).get("cues", [])),
            share_breakers=frozenset(w.lower() for w in d.get("shares", {}).get("breakers", [])),
            share_progress=frozenset(w.lower() for w in d.get("shares", {}).get("progress", [])),
            share_not=frozenset(w.lower() for w in d.get("shares", {}).get("not_shares", [])),
            change_up=frozenset(w.lower() for w in d.get("change_direction", {}).get("up", [])),
            change_down=frozenset(w.lower() for w in d.get("change_direction", {}).get("down", [])),
            hedges=Phrases(hedges),
            post_hedges=Phrases({_phrase(k): str(v) for k, v in d.get("post_hedges", {}).items()}),
            hedge_tolerance=Fraction(str(d.get("tolerance", "0.1"))),
            roles=Phrases(roles),
            units=Phrases({_phrase(k): str(v) for k, v in d.get("units", {}).items()}),
            glued_units={str(k).lower(): str(v) for k, v in d.get("glued_units", {}).items()},
            currencies=Phrases(
                {_phrase(k): str(v).upper() for k, v in d.get("currencies", {}).items()}
            ),
            currencies_after_scale={
                str(k).lower(): str(v).upper()
                for k, v in d.get("currencies_after_scale", {}).items()
            },
            currency_codes=frozenset(
                str(c).upper() for c in d.get("currency_codes", {}).get("codes", [])
            ),
            currency_symbols={
                str(k): str(v).upper() for k, v in d.get("currency_symbols", {}).items()
            },
            currency_minor=Phrases(
                {_phrase(k): _share(v) for k, v in d.get("currency_minor", {}).items()}
            ),
            currency_code_scales={
                str(k): int(v) for k, v in d.get("currency_code_scales", {}).items()
            },
            currency_minor_glued={
                str(k): _share(v) for k, v in d.get("currency_minor_glued", {}).items()
            },
            unit_parts={
                str(k): (frozenset(str(w).lower() for w in v["words"]), Fraction(str(v["share"])))
                for k, v in d.get("unit_parts", {}).items()
            },
            part_of={k: frozenset(v) for k, v in d.get("parts", {}).items()},
            grammar={
                k: frozenset(str(w).lower() for w in v) for k, v in d.get("grammar", {}).items()
            },
            cumulative_cues=Phrases(
                dict.fromkeys((_phrase(w) for w in d.get("scope", {}).get("cumulative", [])), True)
            ),
            irregular_plurals={k.lower(): v.lower() for k, v in d["irregular"].items()},
            stop_words=frozenset(w.lower() for w in words["stop"]),
            not_plural=frozenset(w.lower() for w in words["not_plural"]),
            identifier_heads=frozenset(words["identifier_heads"]),
            score_words=frozenset(w.lower() for w in words.get("score_words", [])),
            months={k.lower(): int(v) for k, v in d["months"].items()},
            weekdays={k.lower(): int(v) for k, v in d["weekdays"].items()},
            lower_case_not_dates=_words(d.get("lower_case", {}).get("not_dates", [])),
            counted_span_before=_words(d.get("counted_from", {}).get("span_before", [])),
            day_range_not_after=_words(d.get("day_ranges", {}).get("not_after", [])),
            day_range_after=_words(d.get("day_ranges", {}).get("after", [])),
            counted_span_after=_words(d.get("counted_from", {}).get("span_after", [])),
            relative_days=Phrases(relative),
            relative_weeks=Phrases(
                {_phrase(k): int(v) for k, v in d.get("relative_weeks", {}).items()}
            ),
            relative_periods=Phrases(
                {
                    _date_phrase(k): (str(v[0]), int(v[1]))
                    for k, v in d.get("relative_periods", {}).items()
                }
            ),
            anaphoric_periods=Phrases(
                {
                    _date_phrase(k): (str(v[0]), int(v[1]))
                    for k, v in d.get("anaphoric_periods", {}).items()
                }
            ),
            references=Phrases({_phrase(k): str(v) for k, v in d.get("references", {}).items()}),
            ago_units={str(k).lower(): str(v) for k, v in d.get("ago_units", {}).items()},
            seasons={
                str(k).lower(): (int(v[0]), int(v[1])) for k, v in d.get("seasons", {}).items()
            },
            period_modifiers=Phrases(
                {_phrase(k): int(v) for k, v in d.get("period_modifiers", {}).items()}
            ),
            period_cues=frozenset(
                str(w).lower() for w in d.get("period_cues", {}).get("words", [])
            ),
            time_zones=Phrases(
                {
                    _phrase(k): (int(v[0]), int(v[1]), str(v[2]))
                    for k, v in d.get("time_zones", {}).items()
                }
            ),
            elapsed_joiners=frozenset(
                str(w).lower() for w in d.get("elapsed", {}).get("joiners", [])
            ),
            elapsed_start_cues=frozenset(
                str(w).lower() for w in d.get("elapsed", {}).get("start_cues", [])
            ),
            elapsed_present=frozenset(
                str(w).lower() for w in d.get("elapsed", {}).get("present", [])
            ),
            span_sides={str(k).lower(): int(v) for k, v in d.get("span_sides", {}).items()},
            rest_of=Phrases({_phrase(k): str(v) for k, v in d.get("rest_of", {}).items()}),
            short_periods={
                str(k).lower(): (str(v[0]), int(v[1]))
                for k, v in d.get("short_periods", {}).items()
                if k != "context"
            },
            short_period_context=_words(d.get("short_periods", {}).get("context", [])),
            decade_words={
                str(k).lower(): int(v)
                for k, v in d.get("decade_words", {}).items()
                if k != "measures"
            },
            decade_measures=_words(d.get("decade_words", {}).get("measures", [])),
            year_not_names=_words(d.get("year_names", {}).get("not_names", [])),
            anchor_breaks=Phrases(
                {_phrase(w): True for w in d.get("anchor_breaks", {}).get("phrases", [])}
            ),
            anchored_year_nouns=frozenset(
                str(w).lower() for w in d.get("anchored_years", {}).get("nouns", [])
            ),
            spoken_year_cues=frozenset(
                str(w).lower() for w in d.get("spoken_year_cues", {}).get("words", [])
            ),
            tense_cues=Phrases(
                {_phrase(w): tense for tense in ("past", "future") for w in d["tense"][tense]}
            ),
            future_endings=tuple(str(w).lower() for w in d["tense"].get("future_endings", [])),
            past_forms=frozenset(str(w).lower() for w in d["tense"].get("past_forms", [])),
            not_past=frozenset(str(w).lower() for w in d["tense"].get("not_past", [])),
            modifier_heads=frozenset(str(w).lower() for w in d["tense"].get("modifier_heads", [])),
            deadlines=frozenset(str(w).lower() for w in d["tense"].get("deadlines", [])),
            agencies=frozenset(d["datelines"]["agencies"]),
            abbreviations=frozenset(w.lower() for w in d["abbreviations"]),
        )


def _share(entry: Any) -> tuple[str, Fraction]:
    """A minor currency unit: ``["USD", "1/100"]`` -> ``("USD", Fraction(1, 100))``."""
    code, share = entry
    return str(code).upper(), Fraction(str(share))


def _read(path: Path) -> dict[str, Any]:
    try:
        return read_toml(path)
    except OSError as exc:
        raise LexiconError(f"{path}: cannot read lexicon file: {exc.strerror or exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{path}: not valid TOML: {exc}") from exc


_DEFAULT_LOCK = threading.Lock()


def _default() -> Lexicon:
    """The package's lexicon, read once even when threads ask for it at the same time."""
    with _DEFAULT_LOCK:
        return _read_default()


@cache
def _read_default() -> Lexicon:
    data: dict[str, Any] = {}
    for name in _FILES:
        text = resources.files("factcheck.data").joinpath(f"{name}.toml").read_text("utf-8")
        data = _merge(data, tomllib.loads(text))
    return Lexicon.from_data(data, source="factcheck/data")
