"""Changes: a figure said to rise or fall, by how much, to what and from what.

"Net profit rose 33 percent to $643 million from $482.5 million" is a rise by 33 percent,
to 643 million, from 482.5 million; "the index fell 120 points, or 1.5%, to 7,880" is a
fall by 120 points and by 1.5 percent, to 7,880. The rule ``quantity.change-mismatch``
checks the figures against each other.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.lexicon import Lexicon
from factcheck.model import Change, Quantity, Span
from factcheck.text import Token, TokenKind, token_at, where

#: How far (tokens) after its verb a change may name its figures.
_REACH = 25
_BREAKS = frozenset({";", ".", "!", "?", ":"})


def opens_change(kind: TokenKind, text: str, lower: str, lexicon: Lexicon) -> bool:
    """Whether a token is a verb of rise or fall."""
    return lower in lexicon.change_up or lower in lexicon.change_down


def extract_changes(
    tokens: Sequence[Token],
    quantities: Sequence[Quantity],
    lexicon: Lexicon,
    openers: Sequence[int] | None = None,
) -> tuple[Change, ...]:
    if not quantities:
        return ()
    up, down = lexicon.change_up, lexicon.change_down
    verbs = where(tokens, opens_change, lexicon) if openers is None else openers
    by_token: dict[int, Quantity] = {}
    for q in quantities if verbs else ():
        k = token_at(tokens, q.span.start)
        if k is not None:
            by_token[k] = q
    out: list[Change] = []
    for k in verbs:
        tok = tokens[k]
        word = tok.lower
        found = _figures(tokens, k, by_token, up | down)
        if found is None:
            continue
        by, by_percent, before, after, last = found
        out.append(
            Change(
                span=Span(tok.start, last),
                direction="up" if word in up else "down",
                verb_span=tok.span,
                by=by,
                by_percent=by_percent,
                before=before,
                after=after,
            )
        )
    return tuple(out)


def _figures(
    tokens: Sequence[Token], k: int, by_token: dict[int, Quantity], verbs: frozenset[str]
) -> tuple[Quantity | None, Quantity | None, Quantity | None, Quantity | None, int] | None:
    """The figures after the change verb at ``k``: by, by percent, before, after."""
    sentence = tokens[k].sentence
    by = by_percent = before = after = None
    last = tokens[k].end
    j = k + 1
    while j < len(tokens) and j <= k + _REACH:
        tok = tokens[j]
        if tok.sentence != sentence or tok.text in _BREAKS or (j > k + 1 and tok.lower in verbs):
            break
        q = by_token.get(j)
        if q is None:
            j += 1
            continue
        word = tokens[j - 1].lower
        percent = q.unit == "percent"
        if word == "to" and after is None and not percent:
            after = q
        elif word == "from" and before is None and not percent:
            before = q
        elif percent and by_percent is None and word in ("by", "or", ",", tokens[k].lower):
            by_percent = q
        elif not percent and by is None and word in ("by", tokens[k].lower):
            by = q
        else:
            break
        last = q.span.end
        while j < len(tokens) and tokens[j].start < q.span.end:
            j += 1
    if sum(x is not None for x in (by, by_percent, before, after)) < 2:
        return None  # one figure alone says nothing to check
    return by, by_percent, before, after, last
