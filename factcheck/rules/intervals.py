"""Verdicts from intervals: a hedged number is every value its interval allows.

``inconsistent`` when no reading satisfies the relation, ``consistent`` when every
reading does, ``uncertain`` otherwise.
"""

from __future__ import annotations

from factcheck.model import Amount, Verdict


def at_most(part: Amount, whole: Amount) -> Verdict:
    """Is ``part <= whole``?"""
    # Every reading holds when the largest part is at most the smallest whole (an open
    # bound on either side only makes the part smaller or the whole larger).
    if part.high is not None and whole.low is not None and part.high <= whole.low:
        return "consistent"
    # No reading holds when the smallest part exceeds the largest whole.
    if (
        part.low is not None
        and whole.high is not None
        and (
            part.low > whole.high
            or (part.low == whole.high and not (part.low_inclusive and whole.high_inclusive))
        )
    ):
        return "inconsistent"
    return "uncertain"


def agrees(count: Amount, stated: Amount) -> Verdict:
    """Can ``count`` be the number ``stated`` announces? (intervals overlap / nest)"""
    if _inside(count, stated):
        return "consistent"
    if _disjoint(count, stated):
        return "inconsistent"
    return "uncertain"


def _inside(a: Amount, b: Amount) -> bool:
    if b.low is not None:
        if (
            a.low is None
            or a.low < b.low
            or (a.low == b.low and a.low_inclusive and not b.low_inclusive)
        ):
            return False
    return not (
        b.high is not None
        and (
            a.high is None
            or a.high > b.high
            or (a.high == b.high and a.high_inclusive and not b.high_inclusive)
        )
    )


def _disjoint(a: Amount, b: Amount) -> bool:
    def below(x: Amount, y: Amount) -> bool:
        if x.high is None or y.low is None:
            return False
        return x.high < y.low or (x.high == y.low and not (x.high_inclusive and y.low_inclusive))

    return below(a, b) or below(b, a)
