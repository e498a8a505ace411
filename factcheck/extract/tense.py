"""The tense of the clause around a token: which side of the dateline a bare day is on."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.lexicon import Lexicon
from factcheck.model import Span, Tense
from factcheck.text import Token

_CLAUSE_BREAKS = frozenset({";", ":", ".", "!", "?"})
# How far (in tokens) a tense cue may stand from its date; bounds the work per mention.
WINDOW = 20


def tense_at(
    tokens: Sequence[Token],
    i: int,
    lexicon: Lexicon,
    *,
    window: int = WINDOW,
    participles: bool = True,
) -> Tense:
    """The tense of the clause around token ``i``, from the nearest cue word to it: a word
    of ``[tense]`` in dates.toml, or (with ``participles``) a word in "-ed" ("launched")."""
    return tense_cue(tokens, i, lexicon, window=window, participles=participles)[0]


def tense_cue(
    tokens: Sequence[Token],
    i: int,
    lexicon: Lexicon,
    *,
    window: int = WINDOW,
    participles: bool = True,
) -> tuple[Tense, Span | None]:
    """:func:`tense_at` and the span of the word that decided it."""
    sentence = tokens[i].sentence
    for direction in (-1, 1):
        k = i + direction
        while 0 <= k < len(tokens) and tokens[k].sentence == sentence and abs(k - i) <= window:
            if tokens[k].text in _CLAUSE_BREAKS:
                break
            cue = lexicon.tense_cues.match(tokens, k)
            if cue is not None:
                span = Span(tokens[k].start, tokens[k + cue[1] - 1].end)
                return ("future" if cue[0] == "future" else "past"), span
            if (
                participles
                and tokens[k].kind == "word"
                and tokens[k].lower.endswith("ed")
                and len(tokens[k].lower) > 4
            ):
                return "past", tokens[k].span
            k += direction
    return "unknown", None
