"""The same story gives byte-identical JSON: run after run, process after process, whatever
``PYTHONHASHSEED``, and from many threads at once, caches cold or warm."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import factcheck

ROOT = Path(__file__).resolve().parent.parent

# Stories that reach every extractor and the lazily loaded helpers: pint (conversions),
# dateparser (calendar dates), the clock and time zones.
EXTRA = [
    ("The trail runs 100 miles (161 km) and climbs 3,000 feet (914 metres).", "2025-09-04"),
    ("The storm hit on Sept. 31, 2025, and again on Wednesday, Sept. 3.", "2025-09-04"),
    ("The vote closed at 10 a.m. EDT (1400 GMT) on Thursday.", "2025-09-04"),
    ("Output rose 12% to 560 tonnes from 500 tonnes, about $1.2 bln.", "2025-09-04"),
    (
        "Of the 40 passengers, 52 were rescued. At least seven countries, including "
        "France and Spain, signed.",
        None,
    ),
]


def corpus() -> list[tuple[str, str | None]]:
    stories: list[tuple[str, str | None]] = [
        ((ROOT / "examples" / "article.txt").read_text(encoding="utf-8"), None)
    ]
    for r in factcheck.default_rules():
        stories += [(e.text, e.dateline) for e in r.examples]
    return stories + EXTRA


def digest(stories: list[tuple[str, str | None]]) -> list[str]:
    return [
        hashlib.sha256(factcheck.check(t, dateline=d).to_json().encode()).hexdigest()
        for t, d in stories
    ]


# Run in a fresh interpreter: every cache cold, then threads race for them.
_SCRIPT = """
import hashlib, json, sys
from concurrent.futures import ThreadPoolExecutor
import factcheck
stories = json.load(sys.stdin)
threads = int(sys.argv[1])
def one(item):
    text, dateline = item
    return hashlib.sha256(factcheck.check(text, dateline=dateline).to_json().encode()).hexdigest()
if threads == 1:
    print(json.dumps([one(s) for s in stories]))
else:
    with ThreadPoolExecutor(threads) as pool:
        print(json.dumps(list(pool.map(one, stories * 3))[: len(stories)]))
"""


def in_fresh_process(stories: list[tuple[str, str | None]], seed: str, threads: int) -> list[str]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(threads)],
        input=json.dumps(stories),
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=300,
    )
    result: list[str] = json.loads(done.stdout)
    return result


def test_two_runs_in_one_process_give_the_same_bytes() -> None:
    stories = corpus()
    assert digest(stories) == digest(stories)


@pytest.mark.parametrize(("seed", "threads"), [("0", 1), ("1", 1), ("4242", 4), ("random", 8)])
def test_other_processes_hash_seeds_and_thread_counts_give_the_same_bytes(
    seed: str, threads: int
) -> None:
    stories = corpus()
    assert in_fresh_process(stories, seed, threads) == digest(stories)


def test_many_threads_at_once_give_what_one_thread_gives() -> None:
    stories = corpus()
    expected = digest(stories)
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda s: digest([s])[0], stories * 4))
    assert results == expected * 4


def test_worker_processes_give_the_same_bytes() -> None:
    stories = corpus()
    texts = [t for t, _ in stories]
    datelines = [d for _, d in stories]
    reports = factcheck.check_many(texts, datelines, workers=2)
    got = [hashlib.sha256(r.to_json().encode()).hexdigest() for r in reports]  # type: ignore[union-attr]
    assert got == digest(stories)
