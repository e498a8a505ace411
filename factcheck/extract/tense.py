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
    of ``[tense]`` in dates.toml, or (with ``participles``) a verb in "-ed" ("launched")."""
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
    n = len(tokens)
    for direction in (-1, 1):
        k = i + direction
        last = max(i - window, 0) if direction < 0 else min(i + window, n - 1)
        while (k >= last if direction < 0 else k <= last) and tokens[k].sentence == sentence:
            tok = tokens[k]
            if tok.text in _CLAUSE_BREAKS:
                break
            cue = cue_at(tokens, k, lexicon)
            if cue is not None:
                return cue
            if participles and _past_participle(tokens, k, lexicon):
                return "past", tok.span
            k += direction
    return "unknown", None


def cue_at(tokens: Sequence[Token], k: int, lexicon: Lexicon) -> tuple[Tense, Span] | None:
    """The tense of the cue of ``[tense]`` that starts at token ``k`` ("said", "will",
    "scheduled for"), or of a contraction ending in one of ``future_endings`` ("we'll"),
    and its span."""
    tok = tokens[k]
    lower = tok.lower
    cues = lexicon.tense_cues
    if lower in cues.first_words:
        cue = cues.match(tokens, k)
        if cue is not None:
            tense: Tense = "future" if cue[0] == "future" else "past"
            return tense, Span(tok.start, tokens[k + cue[1] - 1].end)
    if tok.kind == "word" and lower.endswith(lexicon.future_endings):
        return "future", tok.span
    return None


def _past_participle(tokens: Sequence[Token], k: int, lexicon: Lexicon) -> bool:
    """Whether token ``k`` is a verb in the past: one in "-ed" ("launched") or of
    ``past_forms`` ("bought"), not a word that only ends so ("hundred"), a name inside a
    sentence ("United", "Reed"), a modifier after a determiner ("the planned March vote") or
    a passive after "is" or "be" ("will be paid Dec. 14")."""
    tok = tokens[k]
    lower = tok.lower
    if tok.kind != "word":
        return False
    if lower not in lexicon.past_forms and (
        not lower.endswith("ed") or len(lower) <= 4 or lower in lexicon.not_past
    ):
        return False
    before = tokens[k - 1] if k > 0 else None
    starts_sentence = before is None or before.sentence != tok.sentence
    if tok.text[:1].isupper() and not starts_sentence:
        return False
    if before is None or starts_sentence:
        return True
    if before.lower == "that" and k + 1 < len(tokens):
        # "the quarter that ended March 31": "that" opens a clause when a date, a number or
        # a preposition follows the verb; "that updated model" is a modifier.
        after = tokens[k + 1]
        if after.kind != "word" or after.lower in lexicon.months or after.lower in _CLAUSE_GOES_ON:
            return True
    return before.lower not in lexicon.modifier_heads


#: Words after "that" and a verb in "-ed" that show "that" opened a clause.
_CLAUSE_GOES_ON = frozenset(
    {"on", "in", "at", "by", "last", "this", "earlier", "with", "from", "to", "after", "before"}
)
