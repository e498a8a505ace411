"""What the accuracy benchmarks share: one-to-one pairing of gold items and predictions."""

from __future__ import annotations

from collections.abc import Iterable


def greedy_pairs(candidates: Iterable[tuple[int, int, int]]) -> dict[int, int]:
    """Gold index -> prediction index, each used once, taking ``(rank, gold, prediction)``
    candidates best rank first (the lowest: the negated overlap, for the largest)."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi in sorted(candidates):
        if gi not in pairs and pi not in used:
            pairs[gi] = pi
            used.add(pi)
    return pairs
