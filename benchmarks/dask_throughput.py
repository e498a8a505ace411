"""Throughput of check() in one process against check_bag on a local Dask cluster.

Run:  python benchmarks/dask_throughput.py [--stories 100] [--workers 2]

Both check the same news-style stories, built from the paragraphs of examples/*.txt in a
different order each, and both end with each story's ``Report.to_dict()`` (what check_bag
returns). check_bag is timed twice: with every report brought back to this process
(``.compute()``), and with the reports written to JSON Lines files by the workers
(``.map(json.dumps).to_textfiles()``), as a pipeline over a large corpus would. The
cluster (``--workers`` processes of one thread) is started and warmed up first, so its
start-up is not counted; the best of ``--repeat`` runs is kept for each. The serial loop
is timed again inside one worker (what one worker core does), and check_many with as many
worker processes, for the same stories on one machine.
Needs the dask extra: pip install "factcheck[dask]".
"""

from __future__ import annotations

import argparse
import json
import logging
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import factcheck

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
DATELINE = "2025-09-04"


def stories(count: int, copies: int) -> list[dict[str, str]]:
    """``count`` stories, each the example paragraphs rotated by its number, ``copies``
    times over (about 1.3 KB of text per copy with the shipped example)."""
    paragraphs = [
        p.strip()
        for path in sorted(EXAMPLES.glob("*.txt"))
        for p in path.read_text(encoding="utf-8").split("\n\n")
        if p.strip() and not p.startswith("date ")
    ]
    out = []
    for i in range(count):
        turn = i % len(paragraphs)
        body = "\n\n".join((paragraphs[turn:] + paragraphs[:turn]) * copies)
        out.append({"text": body, "dateline": DATELINE})
    return out


def in_worker(items: list[dict[str, str]], repeat: int) -> float:
    """The serial loop, timed inside a worker process: what one worker core can do."""

    def serial() -> None:
        for s in items:
            factcheck.check(s["text"], dateline=s["dateline"]).to_dict()

    return best(serial, repeat)


def best(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=100)
    parser.add_argument("--copies", type=int, default=3, help="example copies per story")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--partitions", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    from factcheck.dask import check_bag

    items = stories(args.stories, args.copies)
    kb = sum(len(s["text"].encode("utf-8")) for s in items) / 1024
    factcheck.check(items[0]["text"])  # warm the caches and imports

    def serial() -> None:
        for s in items:
            factcheck.check(s["text"], dateline=s["dateline"]).to_dict()

    def pooled() -> None:
        for r in factcheck.check_many(texts, datelines, workers=args.workers):
            if isinstance(r, factcheck.Report):
                r.to_dict()

    # One machine first, before the cluster's processes and threads exist.
    one = best(serial, args.repeat)
    texts, datelines = [s["text"] for s in items], [s["dateline"] for s in items]
    pool = best(pooled, args.repeat)
    with (
        LocalCluster(
            n_workers=args.workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        bag = db.from_sequence(items, npartitions=args.partitions)
        check_bag(bag).compute()  # warm the workers: imports, lexicon, rules

        def on_cluster() -> None:
            check_bag(bag).compute()

        def written(folder: str) -> None:
            check_bag(bag).map(json.dumps).to_textfiles(f"{folder}/*.jsonl")

        many = best(on_cluster, args.repeat)
        with tempfile.TemporaryDirectory() as folder:
            kept = best(lambda: written(folder), args.repeat)
        worker = client.submit(in_worker, items, args.repeat).result()

    print(f"{args.stories} stories, {kb:.0f} KB, best of {args.repeat}")
    print("| what | seconds | KB/s |")
    print("|---|---|---|")
    print(f"| check(), one process | {one:.2f} | {kb / one:,.0f} |")
    print(f"| check(), in one Dask worker | {worker:.2f} | {kb / worker:,.0f} |")
    print(f"| check_many, {args.workers} worker processes | {pool:.2f} | {kb / pool:,.0f} |")
    where = f"LocalCluster of {args.workers} workers x 1 thread, {args.partitions} partitions"
    print(f"| check_bag, .compute() ({where}) | {many:.2f} | {kb / many:,.0f} |")
    print(f"| check_bag, .to_textfiles() ({where}) | {kept:.2f} | {kb / kept:,.0f} |")
    print(f"\nratio check_bag / check(): {one / many:.2f}x with .compute(), ", end="")
    print(f"{one / kept:.2f}x with .to_textfiles(); check_many / check(): {one / pool:.2f}x")


if __name__ == "__main__":
    main()
