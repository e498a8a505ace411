"""Domain words as data: number words, hedges, roles, nouns, calendar words.

The defaults live in ``factcheck/data/*.toml``. A user extends them with their own TOML
files of the same shape (``Lexicon.default().extend("house_roles.toml")``): tables are
merged key by key and lists are joined, so a file only needs to say what it adds.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from fractions import Fraction
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import attrs

from factcheck.errors import LexiconError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib  # type: ignore[import-not-found,unused-ignore]

_FILES = ("numbers", "hedges", "roles", "nouns", "dates", "text")
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


@attrs.frozen(slots=True)
class Lexicon:
    """Every word list the extractors use, built once from merged TOML data."""

    raw: Mapping[str, Any] = attrs.field(repr=False)
    cardinals: Mapping[str, int]
    scales: Mapping[str, int]
    multiples: Mapping[str, int]
    ordinals: Mapping[str, int]
    hedges: Mapping[tuple[str, ...], str]
    hedge_tolerance: Fraction
    roles: Mapping[tuple[str, ...], str]
    part_of: Mapping[str, frozenset[str]]
    irregular_plurals: Mapping[str, str]
    stop_words: frozenset[str]
    not_plural: frozenset[str]
    identifier_heads: frozenset[str]
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    relative_days: Mapping[tuple[str, ...], tuple[int, int, str]]
    relative_weeks: Mapping[tuple[str, ...], int]
    future_cues: frozenset[tuple[str, ...]]
    past_cues: frozenset[tuple[str, ...]]
    agencies: frozenset[str]
    abbreviations: frozenset[str]

    @classmethod
    def default(cls) -> Lexicon:
        return _default()

    @classmethod
    def from_data(cls, data: Mapping[str, Any], source: str = "<data>") -> Lexicon:
        try:
            return cls._build(data)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise LexiconError(f"{source}: malformed lexicon data: {exc!r}") from exc

    def extend(self, *paths: str | Path) -> Lexicon:
        """A new lexicon with the words of ``paths`` added to these."""
        data = dict(self.raw)
        for path in paths:
            data = _merge(data, _read(Path(path)))
        return Lexicon.from_data(data, source=", ".join(str(p) for p in paths))

    @classmethod
    def _build(cls, d: Mapping[str, Any]) -> Lexicon:
        hedges = {_phrase(k): v for k, v in d["hedges"].items()}
        bad = sorted(v for v in hedges.values() if v not in _READINGS)
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
            hedges=hedges,
            hedge_tolerance=Fraction(str(d.get("tolerance", "0.1"))),
            roles=roles,
            part_of={k: frozenset(v) for k, v in d.get("parts", {}).items()},
            irregular_plurals={k.lower(): v.lower() for k, v in d["irregular"].items()},
            stop_words=frozenset(w.lower() for w in words["stop"]),
            not_plural=frozenset(w.lower() for w in words["not_plural"]),
            identifier_heads=frozenset(words["identifier_heads"]),
            months={k.lower(): int(v) for k, v in d["months"].items()},
            weekdays={k.lower(): int(v) for k, v in d["weekdays"].items()},
            relative_days=relative,
            relative_weeks={_phrase(k): int(v) for k, v in d.get("relative_weeks", {}).items()},
            future_cues=frozenset(_phrase(w) for w in d["tense"]["future"]),
            past_cues=frozenset(_phrase(w) for w in d["tense"]["past"]),
            agencies=frozenset(d["datelines"]["agencies"]),
            abbreviations=frozenset(w.lower() for w in d["abbreviations"]),
        )

    @property
    def longest_hedge(self) -> int:
        return max((len(h) for h in self.hedges), default=0)

    @property
    def longest_role(self) -> int:
        return max((len(r) for r in self.roles), default=0)


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            data: dict[str, Any] = tomllib.load(fh)
            return data
    except OSError as exc:
        raise LexiconError(f"{path}: cannot read lexicon file: {exc.strerror or exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{path}: not valid TOML: {exc}") from exc


@cache
def _default() -> Lexicon:
    data: dict[str, Any] = {}
    for name in _FILES:
        text = resources.files("factcheck.data").joinpath(f"{name}.toml").read_text("utf-8")
        data = _merge(data, tomllib.loads(text))
    return Lexicon.from_data(data, source="factcheck/data")
