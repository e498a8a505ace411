"""Throughput of factcheck.check against dateparser.search.search_dates on the same text.

Run:  python benchmarks/throughput.py [--size-kb 1024]

Both are timed in the same process on the same text (the example article repeated to about
1 MB), so the ratio holds on a busy machine where absolute figures do not.
"""

from __future__ import annotations

import argparse
import time
import warnings
from pathlib import Path

import factcheck

ARTICLE = Path(__file__).resolve().parent.parent / "examples" / "article.txt"


def _corpus(size_kb: int) -> str:
    body = ARTICLE.read_text(encoding="utf-8")
    copies = max(1, (size_kb * 1024) // len(body.encode("utf-8")) + 1)
    return "\n\n".join([body] * copies)


def _rate(seconds: float, text: str) -> float:
    return len(text.encode("utf-8")) / 1024 / seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-kb", type=int, default=1024)
    parser.add_argument("--peer-kb", type=int, default=128, help="text given to search_dates")
    args = parser.parse_args()
    text = _corpus(args.size_kb)
    factcheck.check(ARTICLE.read_text(encoding="utf-8"))  # warm the caches and imports

    start = time.perf_counter()
    report = factcheck.check(text, dateline="2025-09-04")
    ours = _rate(time.perf_counter() - start, text)

    from dateparser.search import search_dates

    # search_dates is slow: time it on a slice and report KB/s, which is what is compared.
    peer_text = text[: args.peer_kb * 1024]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        start = time.perf_counter()
        search_dates(peer_text, languages=["en"])
        theirs = _rate(time.perf_counter() - start, peer_text)

    print("| what | text | KB/s |")
    print("|---|---|---|")
    print(f"| factcheck.check | {len(text) // 1024} KB | {ours:,.0f} |")
    print(f"| dateparser search_dates | {len(peer_text) // 1024} KB | {theirs:,.0f} |")
    print(f"\nratio factcheck / search_dates: {ours / theirs:.1f}x")
    print(
        f"({len(report.quantities)} quantities, {len(report.dates)} dates, "
        f"{len(report.findings)} findings)"
    )


if __name__ == "__main__":
    main()
