"""Start-up: wall time of a fresh process that imports factcheck and checks one article.

Run:  python benchmarks/startup.py [--runs N]

Each run is a new Python process (``python -c "import factcheck; factcheck.check(text)"``
on ``examples/article.txt``), so the import, the lexicon and any unit registry are built
as a user's first call builds them. The same is timed for dateparser's ``search_dates`` on
the same text, as a peer, in the same run. Target: factcheck at most 0.3 s.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "examples" / "article.txt"
PROGRAMS = {
    "factcheck.check": (
        "import factcheck, pathlib; factcheck.check(pathlib.Path({path!r}).read_text())"
    ),
    "dateparser search_dates": (
        "import pathlib; from dateparser.search import search_dates; "
        "search_dates(pathlib.Path({path!r}).read_text(), languages=['en'])"
    ),
}
TARGET = 0.3


def wall(code: str) -> float:
    start = time.perf_counter()
    # "-c" imports from the folder it runs in: run in the checkout, so that its factcheck is
    # the one timed wherever the benchmark is started from.
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    times: dict[str, list[float]] = {name: [] for name in PROGRAMS}
    for _ in range(args.runs):  # interleaved, so machine noise hits both alike
        for name, program in PROGRAMS.items():
            times[name].append(wall(program.format(path=str(ARTICLE))))
    print(f"| what | median of {args.runs} runs | fastest |\n|---|---|---|")
    for name, runs in times.items():
        print(f"| {name} | {statistics.median(runs):.3f} s | {min(runs):.3f} s |")
    ours = statistics.median(times["factcheck.check"])
    theirs = statistics.median(times["dateparser search_dates"])
    print(f"\nfactcheck starts {theirs / ours:.1f}x faster than search_dates")
    verdict = "met" if ours <= TARGET else "not met"
    print(f"target: factcheck at most {TARGET} s: {ours:.3f} s, {verdict}")


if __name__ == "__main__":
    main()
