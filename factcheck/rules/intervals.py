"""Verdicts from intervals: a hedged number is every value its interval allows.

``inconsistent`` when no reading satisfies the relation, ``consistent`` when every
reading does, ``uncertain`` otherwise.
"""

from __future__ import annotations

from fractions import Fraction

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


def compare(a: Amount, op: str, b: Amount, tolerance: Fraction | int = 0) -> Verdict:
    """Does ``a op b`` hold, with ``tolerance`` of slack, for the readings of both
    intervals? ``op`` is one of ``<``, ``<=``, ``==``, ``>=``, ``>``. Open ends count as
    closed here, so a verdict at the very edge leans to ``uncertain``, never to a false
    ``inconsistent``."""
    t = Fraction(tolerance)
    if op in (">", ">="):
        return compare(b, "<" if op == ">" else "<=", a, t)
    a_lo, a_hi = _end(a.low), _end(a.high)
    b_lo, b_hi = _end(b.low), _end(b.high)
    if op == "==":
        always = (
            None not in (a_lo, a_hi, b_lo, b_hi)
            and _le(a_hi, _plus(b_lo, t))
            and _le(b_hi, _plus(a_lo, t))
        )
        never = (a_lo is not None and b_hi is not None and a_lo > b_hi + t) or (
            b_lo is not None and a_hi is not None and b_lo > a_hi + t
        )
        return "consistent" if always else "inconsistent" if never else "uncertain"
    strict = op == "<"
    if a_hi is not None and b_lo is not None:
        bound = b_lo + t
        if a_hi < bound or (not strict and a_hi == bound):
            return "consistent"
    if a_lo is not None and b_hi is not None:
        bound = b_hi + t
        if a_lo > bound or (strict and a_lo == bound):
            return "inconsistent"
    return "uncertain"


def _end(x: int | Fraction | None) -> Fraction | None:
    return None if x is None else Fraction(x)


def _plus(x: Fraction | None, t: Fraction) -> Fraction | None:
    return None if x is None else x + t


def _le(x: Fraction | None, y: Fraction | None) -> bool:
    return x is not None and y is not None and x <= y
