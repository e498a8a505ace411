"""Linear cost: time per MB for documents of 10 KB, 100 KB, 1 MB and 10 MB, and the peak
memory of the largest.

Run:  python benchmarks/linearity.py [--largest-mb 10] [--plot docs/linearity.png]

Each document is the example article repeated to the size, checked with every built-in
rule in a fresh process (so one size's memory does not count against another's); the
peak resident memory of that process is read from ``resource``. A document under 1 MB is
checked several times (a megabyte's worth, at most 20) and the fastest counts: one check
of 10 KB takes about 10 ms, which a shared machine's noise can double. The target: the largest
document costs at most 1.5 times the smallest per MB, and its peak memory is at most
200 MB. ``--plot`` draws the curve with matplotlib (``pip install matplotlib``).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "examples" / "article.txt"
RATIO_TARGET = 1.5
MEMORY_TARGET_MB = 200
_PROGRAM = """
import json, resource, sys, time, pathlib
import factcheck
size = int(sys.argv[1])
unit = pathlib.Path(sys.argv[2]).read_text() + "\\n\\n"
text = (unit * (size // len(unit) + 1))[:size]
factcheck.check(unit, dateline="2025-09-04")  # warm: the lexicon and caches are built
seconds = float("inf")
for _ in range(int(sys.argv[3])):
    start = time.perf_counter()
    factcheck.check(text, dateline="2025-09-04")
    seconds = min(seconds, time.perf_counter() - start)
peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "peak_mb": peak_kb / 1024}))
"""


def _repeats(size: int) -> int:
    """How many times to check a document of ``size`` bytes: a megabyte's worth, 1 to 20."""
    return max(1, min(20, (1024 * 1024) // size))


def measure(size: int) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", _PROGRAM, str(size), str(ARTICLE), str(_repeats(size))],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,  # "-c" imports from the folder it runs in: always this checkout's factcheck
    )
    result: dict[str, float] = json.loads(done.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--largest-mb", type=int, default=10)
    parser.add_argument("--plot", type=Path, help="save the curve as a PNG")
    args = parser.parse_args()
    sizes = [10 * 1024, 100 * 1024, 1024 * 1024, args.largest_mb * 1024 * 1024]
    rows = []
    print("| document | seconds | seconds per MB | peak memory |\n|---|---|---|---|")
    for size in sizes:
        m = measure(size)
        per_mb = m["seconds"] / (size / (1024 * 1024))
        rows.append((size, per_mb, m["peak_mb"]))
        print(f"| {size // 1024} KB | {m['seconds']:.3f} | {per_mb:.3f} | {m['peak_mb']:.0f} MB |")
    ratio = rows[-1][1] / rows[0][1]
    peak = rows[-1][2]
    print(f"\nlargest / smallest, per MB: {ratio:.2f}x")
    print(
        f"targets: at most {RATIO_TARGET}x: {'met' if ratio <= RATIO_TARGET else 'not met'}; "
        f"peak at most {MEMORY_TARGET_MB} MB: {peak:.0f} MB, "
        f"{'met' if peak <= MEMORY_TARGET_MB else 'not met'}"
    )
    if args.plot:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        fig, ax = plt.subplots(figsize=(6, 3.5))
        ax.plot([s / 1024 for s, _, _ in rows], [p for _, p, _ in rows], marker="o")
        ax.set_xscale("log")
        ax.set_xlabel("document size (KB, log scale)")
        ax.set_ylabel("seconds per MB")
        ax.set_ylim(bottom=0)
        ax.set_title("factcheck.check: time per MB by document size")
        fig.tight_layout()
        fig.savefig(args.plot, dpi=120)
        print(f"curve saved to {args.plot}")


if __name__ == "__main__":
    main()
