"""Long texts are read a window of paragraphs at a time.

A token costs about 150 bytes, so the tokens of a 10 MB archive would take over 300 MB at
once; read in windows, only one window's tokens are alive, and the facts are those one read
of the whole text gives. A window starts and ends at a blank line, where the segmenter
starts a new paragraph whatever came before, so its sentences are the whole text's. It
reads some paragraphs on either side as context and keeps only the facts that start inside
it: the extractors look back a few sentences ("the following year" counts from the last
date written out) and ahead a few tokens ("from Dec. 20 to Jan. 5"), far less than the
context, which is counted both in characters and in paragraphs that hold a token (each
at least one sentence), so a long table or a long run of blank lines does not shorten it.
A text shorter than two windows is read whole.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator

import attrs

from factcheck.text import BLANK_LINE, has_token

#: How many characters a window keeps the facts of, at least (more when no blank line
#: comes sooner, and the last one runs to the end): far more than any news story, so a
#: story is always read in one piece. A text is cut only where a blank line stands at
#: least this far from both ends.
WINDOW_CHARS = 100_000
#: How many characters a window reads before the facts it keeps, at least.
CONTEXT_BEFORE = 4_000
#: How many characters a window reads after the facts it keeps, at least.
CONTEXT_AFTER = 1_000
#: How many paragraphs with a token a window reads before the facts it keeps, at least:
#: more sentences than any extractor looks back (three, for "the following year").
PARAGRAPHS_BEFORE = 4
#: How many paragraphs with a token a window reads after the facts it keeps, at least.
PARAGRAPHS_AFTER = 2


@attrs.frozen(slots=True)
class Window:
    """Where a window reads (``read_start`` to ``read_end``) and the part of that whose
    facts it keeps (``keep_start`` to ``keep_end``), as offsets into the text."""

    read_start: int
    keep_start: int
    keep_end: int
    read_end: int

    def keeps(self, offset: int) -> bool:
        """Whether a fact that starts at ``offset`` is this window's to keep."""
        return self.keep_start <= offset < self.keep_end


def windows(
    text: str,
    size: int = WINDOW_CHARS,
    before: int = CONTEXT_BEFORE,
    after: int = CONTEXT_AFTER,
    paragraphs_before: int = PARAGRAPHS_BEFORE,
    paragraphs_after: int = PARAGRAPHS_AFTER,
) -> Iterator[Window]:
    """The windows ``text`` is read in, in order; their kept parts cover it without overlap.

    A text with no blank line far enough apart is one window, however long: a window never
    cuts a paragraph. At least one paragraph of context before is needed: then the first
    window to keep a sentence reads from the text's start, which numbering paragraphs as
    one read does relies on."""
    if size < 1 or before < 0 or after < 0 or paragraphs_before < 1 or paragraphs_after < 0:
        raise ValueError(
            "a window needs a size of at least 1, no negative context and at least one"
            " paragraph of context before"
        )
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
    bounds = [0, *breaks, n]  # where each paragraph starts, and the text's end
    for start, end in itertools.pairwise(cuts):
        yield Window(
            _reach(text, bounds, bisect.bisect_left(bounds, start), -1, before, paragraphs_before),
            start,
            end,
            _reach(text, bounds, bisect.bisect_left(bounds, end), 1, after, paragraphs_after),
        )


def _reach(text: str, bounds: list[int], k: int, step: int, chars: int, paragraphs: int) -> int:
    """The paragraph bound ``step`` (-1: back, 1: on) from ``bounds[k]`` that is at least
    ``chars`` characters and ``paragraphs`` paragraphs holding a token away, or the text's
    end on that side."""
    here = bounds[k]
    found = 0
    j = k
    while 0 < j < len(bounds) - 1:
        j += step
        low, high = sorted((bounds[j], bounds[j - step]))
        if has_token(text, low, high):
            found += 1
        if found >= paragraphs and abs(here - bounds[j]) >= chars:
            break
    return bounds[j]
