"""The tokens each extractor starts from, found in one pass over the tokens.

Every extractor reads a few of a text's tokens: figures, number and date words, a handful
of verbs and cue words. Each used to find its own with a pass over every token, and those
passes cost more than the reading. :func:`find_openers` asks the extractors' tests of a
token's kind and text once for each distinct token (remembered for each lexicon, since a
corpus repeats its words) and lists, for each extractor, the tokens it must look at.
An extractor given no list finds its own with the same test, one token at a time.
"""

from __future__ import annotations

import weakref
from collections import defaultdict
from collections.abc import Sequence
from itertools import chain

import attrs

from factcheck.extract.changes import opens_change
from factcheck.extract.clock import opens_clock
from factcheck.extract.dates import opens_date, opens_possessive
from factcheck.extract.elapsed import opens_elapsed
from factcheck.extract.enumerations import opens_list
from factcheck.extract.numbers import opens_number
from factcheck.extract.quantities import opens_total
from factcheck.lexicon import Lexicon
from factcheck.text import Token, TokenTest

#: Each extractor's test, by the name its list goes under.
TESTS: dict[str, TokenTest] = {
    "numbers": opens_number,
    "dates": opens_date,
    "possessives": opens_possessive,
    "clock": opens_clock,
    "elapsed": opens_elapsed,
    "changes": opens_change,
    "lists": opens_list,
    "totals": opens_total,
}
_BITS = {name: 1 << k for k, name in enumerate(TESTS)}
_BIT_TESTS = tuple((_BITS[name], test) for name, test in TESTS.items())
#: How many distinct token texts of one kind the answers are remembered for, for each
#: lexicon; past that the memory starts again (a stream of identifiers would otherwise grow
#: it for ever).
MEMO_SIZE = 200_000
#: Tokens longer than this are asked each time, never remembered: words are short, and a
#: long token (a hash, a URL, a run of letters) would hold its memory.
MEMO_LONGEST = 40

# The answers remembered, by the id of the lexicon they were asked against; an entry goes
# with its lexicon. Kept apart from the lexicon, so it is never pickled with it.
_MEMOS: dict[int, dict[str, dict[str, int]]] = {}


@attrs.frozen(slots=True)
class Openers:
    """The indices of the tokens each extractor starts from, in text order."""

    groups: dict[int, list[int]]
    """Token indices by the set of tests they pass (a bit for each name of ``TESTS``)."""

    def __getitem__(self, name: str) -> list[int]:
        bit = _BITS[name]
        lists = [found for flags, found in self.groups.items() if flags & bit]
        if len(lists) == 1:
            return lists[0]
        return sorted(chain.from_iterable(lists))


def find_openers(tokens: Sequence[Token], lexicon: Lexicon) -> Openers:
    """Every extractor's tokens, in one pass over ``tokens``."""
    memo = _memo(lexicon)
    groups: defaultdict[int, list[int]] = defaultdict(list)
    for k, tok in enumerate(tokens):
        known = memo[tok.kind]
        flags = known.get(tok.text)
        if flags is None:
            flags = _flags(tok, lexicon)
            if len(tok.text) <= MEMO_LONGEST:
                if len(known) >= MEMO_SIZE:
                    known.clear()
                known[tok.text] = flags
        if flags:
            groups[flags].append(k)
    return Openers(dict(groups))


def _memo(lexicon: Lexicon) -> dict[str, dict[str, int]]:
    """The answers remembered for ``lexicon``, by token kind and text."""
    memo = _MEMOS.get(id(lexicon))
    if memo is None:  # setdefault: a thread that got here first keeps its memory
        memo = _MEMOS.setdefault(id(lexicon), {"num": {}, "word": {}, "punct": {}})
        weakref.finalize(lexicon, _MEMOS.pop, id(lexicon), None)
    return memo


def _flags(tok: Token, lexicon: Lexicon) -> int:
    """The tests ``tok`` passes, a bit for each."""
    kind, text, lower = tok.kind, tok.text, tok.lower
    flags = 0
    for bit, test in _BIT_TESTS:
        if test(kind, text, lower, lexicon):
            flags |= bit
    return flags
