"""Pathological inputs, shared by tests/test_pathological.py and benchmarks/pathological.py:
each is built to make some extractor work hard, at a size given in characters."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

ARTICLE = Path(__file__).resolve().parents[1] / "examples" / "article.txt"


def repeat(unit: str) -> Callable[[int], str]:
    """``unit`` repeated to a size."""
    return lambda size: (unit * (size // len(unit) + 1))[:size]


def news(size: int) -> str:
    """The reference: our example article repeated to the size."""
    return repeat(ARTICLE.read_text(encoding="utf-8") + "\n\n")(size)


def nested(size: int) -> str:
    return "(" * (size // 2) + ")" * (size - size // 2)


#: The inputs issue 8 names: time per MB must stay within 3x of news.
NAMED: dict[str, Callable[[int], str]] = {
    "1,1,1,...": repeat("1,"),
    "at least at least ...": repeat("at least "),
    "weekday names": repeat("Monday "),
    "one line, no spaces": repeat("abc1def2ghi3"),
    "one long number": repeat("7"),
    "1e309": repeat("1e309 "),
    "nested parentheses": nested,
}

#: Number-dense text beyond those: linear, at a higher constant (every token a number).
DENSE: dict[str, Callable[[int], str]] = {
    "1e30 1e30 ...": repeat("1e30 "),
    "5 of the": repeat("5 of the "),
    "$1 $1 $1": repeat("$1 "),
    "5% 5% 5%": repeat("5% "),
    "one number a line": repeat("1\n"),
    "years": repeat("2025 "),
    "month and day": repeat("Sept. 4, "),
    "counted nouns": repeat("502 drones and 24 missiles, "),
    "quotes": repeat('"a" '),
}

#: Named inputs over the 3x bound: none. ("1e309" is beyond any float and left alone;
#: "1e30 1e30 ..." below is the same density of numbers that are read.)
OVER_3X: frozenset[str] = frozenset()
