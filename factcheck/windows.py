"""Long texts are read a window of paragraphs at a time.

A token costs about 150 bytes, so the tokens of a 10 MB archive would take over 300 MB at
once; read in windows, only one window's tokens are alive, and the facts are those one read
of the whole text gives. A window starts and ends at a blank line, where the segmenter
starts a new paragraph whatever came before, so its sentences are the whole text's. It
reads some paragraphs on either side as context and keeps only the facts that start inside
it: the extractors look back a few sentences ("the following year" counts from the last
date written out) and ahead a few tokens ("from Dec. 20 to Jan. 5"), far less than the
context. A text shorter than two windows is read whole.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator

import attrs

from factcheck.text import BLANK_LINE

#: How many characters a window keeps the facts of, at least (the last one up to twice as
#: many): far more than any news story, so a story is always read in one piece.
WINDOW_CHARS = 100_000
#: How many characters a window reads before the facts it keeps, at least.
CONTEXT_BEFORE = 10_000
#: How many characters a window reads after the facts it keeps, at least.
CONTEXT_AFTER = 2_000


@attrs.frozen(slots=True)
class Window:
    """Where a window reads (``read_start`` to ``read_end``) and the part of that whose
    facts it keeps (``keep_start`` to ``keep_end``), as offsets into the text."""

    read_start: int
    keep_start: int
    keep_end: int
    read_end: int

    def keeps(self, offset: int) -> bool:
        return self.keep_start <= offset < self.keep_end


def windows(
    text: str,
    size: int = WINDOW_CHARS,
    before: int = CONTEXT_BEFORE,
    after: int = CONTEXT_AFTER,
) -> Iterator[Window]:
    """The windows ``text`` is read in, in order; their kept parts cover it without overlap.

    A text with no blank line far enough apart is one window, however long: a window never
    cuts a paragraph."""
    if size < 1 or before < 0 or after < 0:
        raise ValueError("a window needs a size of at least 1 and no negative context")
    n = len(text)
    if n < 2 * size:
        yield Window(0, 0, n, n)
        return
    breaks = [m.end() for m in BLANK_LINE.finditer(text)]
    cuts = [0]
    while True:
        k = bisect.bisect_left(breaks, cuts[-1] + size)
        if k == len(breaks) or n - breaks[k] < size:
            break
        cuts.append(breaks[k])
    cuts.append(n)
    for start, end in itertools.pairwise(cuts):
        # The last blank line at least ``before`` characters back, the first one at least
        # ``after`` characters on: the text's ends where there is none.
        k = bisect.bisect_right(breaks, start - before) - 1
        read_start = breaks[k] if start > 0 and k >= 0 else 0
        k = bisect.bisect_left(breaks, end + after)
        read_end = breaks[k] if end < n and k < len(breaks) else n
        yield Window(read_start, start, end, read_end)
