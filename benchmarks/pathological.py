"""Time per MB of pathological inputs against plain news, measured in one run.

Run:  python benchmarks/pathological.py [--size 200000]

Each input of tests/pathological.py (the ones issue 8 names, then other number-dense
text) is built to ``--size`` characters and checked with every built-in rule, three
times, interleaved with the same amount of news (the example article repeated); the
best time of each is kept. The table gives MB/s and the ratio of time per MB to news'.
The target: at most 3x for the named inputs.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import factcheck
from tests.pathological import DENSE, NAMED, news

TARGET = 3.0


def seconds(text: str) -> float:
    start = time.perf_counter()
    factcheck.check(text, dateline="2025-09-04")
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=200_000, help="characters per input")
    args = parser.parse_args()
    reference = news(args.size)
    seconds(reference[:2000])
    print(f"| input | size | MB/s | time per MB vs news | within {TARGET:g}x |")
    print("|---|---|---|---|---|")
    for group, inputs in (("named", NAMED), ("dense", DENSE)):
        for name, make in inputs.items():
            text = make(args.size)
            mine, base = [], []
            for _ in range(3):
                mine.append(seconds(text))
                base.append(seconds(reference))
            ratio = (min(mine) / len(text)) / (min(base) / len(reference))
            rate = len(text) / min(mine) / 1e6
            verdict = ("yes" if ratio <= TARGET else "NO") if group == "named" else "-"
            print(f"| {name} | {len(text):,} | {rate:.2f} | {ratio:.2f}x | {verdict} |")
    print(
        f"| news (the reference) | {len(reference):,} | "
        f"{len(reference) / min(base) / 1e6:.2f} | 1.00x | |"
    )


if __name__ == "__main__":
    main()
