"""Throughput of factcheck.check against dateparser's search_dates and quantulum3's parser,
on the same 100 distinct news articles, in one run.

Run:  python benchmarks/throughput.py [--articles 100] [--data DIR]

The articles are the first of TimeBank 1.2's (``../shared/benchmarks/timebank/``, real
agency and newspaper copy, read from there and never copied into the project), each with
its creation date as the dateline. For every article in turn, factcheck.check (every
built-in rule), ``dateparser.search.search_dates(text, languages=["en"],
settings={"RELATIVE_BASE": ...})`` and ``quantulum3.parser.parse(text)`` are timed one
after the other, so machine noise hits all three alike; each is warmed on one article
first (quantulum3's own start-up, seconds long, is printed apart). quantulum3 is in the
``bench`` extra; without it its row is left out. Targets (issue 7): factcheck at least 25x
search_dates and 60x quantulum3.

A fourth row, timed the same way, is the floor of any reader written in Python: one pass
of a compiled regular expression that cuts the article into tokens, keeping each token's
text and offsets and reading none of them. The last line prints what the targets leave
for the whole check, next to that floor.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from false_alarms import DEFAULT_DATA, article

import factcheck

TARGETS = {"dateparser search_dates": 25.0, "quantulum3 parse": 60.0}
FLOOR = "floor: one token pass"
# Words, numbers and single marks: the coarsest cut into tokens a reader could start from.
_BARE_TOKEN = re.compile(r"\w+|[^\w\s]")


def _token_pass(text: str, base: dt.datetime) -> object:
    """Each token's text and offsets, read by nothing: what any Python reader pays first."""
    return [(text[m.start() : m.end()], m.start(), m.end()) for m in _BARE_TOKEN.finditer(text)]


def _peers() -> tuple[dict[str, Callable[[str, dt.datetime], object]], dict[str, float]]:
    """The peers that are installed, and the seconds each took to import."""
    peers: dict[str, Callable[[str, dt.datetime], object]] = {}
    startup: dict[str, float] = {}
    start = time.perf_counter()
    from dateparser.search import search_dates

    startup["dateparser search_dates"] = time.perf_counter() - start
    peers["dateparser search_dates"] = lambda text, base: search_dates(
        text, languages=["en"], settings={"RELATIVE_BASE": base}
    )
    try:
        start = time.perf_counter()
        from quantulum3 import parser as quantulum

        quantulum.parse("warm up 5 km")
        startup["quantulum3 parse"] = time.perf_counter() - start
        peers["quantulum3 parse"] = lambda text, base: quantulum.parse(text)
    except ImportError:
        print("quantulum3 is not installed (pip install quantulum3): its row is left out\n")
    return peers, startup


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    files = sorted(args.data.glob("*.tml"))[: args.articles]
    if not files:
        raise SystemExit(f"no .tml files under {args.data} (see ../shared/benchmarks/README.md)")
    stories = [article(path) for path in files]
    size = sum(len(text.encode("utf-8")) for text, _ in stories)
    peers, startup = _peers()
    systems: dict[str, Callable[[str, dt.datetime], object]] = {
        "factcheck.check": lambda text, base: factcheck.check(text, dateline=base.date()),
        **peers,
        FLOOR: _token_pass,
    }
    seconds = dict.fromkeys(systems, 0.0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        first, dateline = stories[0]
        for run in systems.values():
            run(first, dt.datetime.fromisoformat(dateline))  # warm: caches, lazy imports
        # factcheck loads dateparser and pint on the first story that needs them: warm
        # those too, as the peers' imports are.
        factcheck.check("On Sept. 4, 2025, the trail ran 5 miles (8 km).", dateline="2025-09-04")
        for text, dateline in stories:
            base = dt.datetime.fromisoformat(dateline)
            for name, run in systems.items():
                start = time.perf_counter()
                run(text, base)
                seconds[name] += time.perf_counter() - start
    print(f"{len(stories)} articles, {size / 1024:.0f} KB, each timed by all in turn\n")
    print("| what | seconds | KB/s | start-up (import) |")
    print("|---|---|---|---|")
    for name, spent in seconds.items():
        took = f"{startup[name]:.2f} s" if name in startup else "-"
        print(f"| {name} | {spent:.2f} | {size / 1024 / spent:,.0f} | {took} |")
    ours = seconds["factcheck.check"]
    print()
    for name in peers:
        ratio = seconds[name] / ours
        target = TARGETS[name]
        verdict = "met" if ratio >= target else "not met"
        print(f"factcheck / {name}: {ratio:.1f}x (target {target:g}x: {verdict})")
    if peers:
        budget = min(seconds[name] / TARGETS[name] for name in peers)
        floor = seconds[FLOOR]
        print(
            f"\nThe targets leave {budget * 1000:.0f} ms for the {len(stories)} articles; "
            f"the token pass alone takes {floor * 1000:.0f} ms ({floor / budget:.0%} of it), "
            f"factcheck {ours * 1000:.0f} ms ({ours / budget:.1f}x it)."
        )


if __name__ == "__main__":
    main()
