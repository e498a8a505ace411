"""Check every story in a folder and print one line per story, then the problems.

Run:  python examples/check_folder.py [FOLDER] [--jsonl OUT.jsonl] [--workers N]

FOLDER defaults to examples/articles. Each ``.txt`` file is one story; its dateline comes
from the text (a ``date YYYY-MM-DD`` line, or a wire opener). With ``--jsonl`` every
report is also written as one JSON object per line, for a pipeline to pick up. The exit
status is 1 when any story has a problem, as with ``factcheck check``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import factcheck

ARTICLES = Path(__file__).with_name("articles")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=ARTICLES)
    parser.add_argument("--jsonl", type=Path, help="also write the reports as JSON Lines")
    parser.add_argument("--workers", type=int, default=1, help="worker processes")
    args = parser.parse_args(argv)
    paths = sorted(args.folder.glob("*.txt"))
    if not paths:
        print(f"no .txt files in {args.folder}", file=sys.stderr)
        return 2
    texts = (p.read_text(encoding="utf-8") for p in paths)
    reports = factcheck.check_many(texts, workers=args.workers)
    out = args.jsonl.open("w", encoding="utf-8") if args.jsonl else None
    problems: list[tuple[str, factcheck.Finding]] = []
    print(f"{'story':28} {'dateline':10} {'quantities':>10} {'dates':>6} {'problems':>8}")
    for path, report in zip(paths, reports, strict=True):
        if isinstance(report, factcheck.CheckFailure):
            print(f"{path.name:28} could not be checked: {report.message}")
            continue
        line = report.dateline.date.isoformat() if report.dateline else "-"
        print(
            f"{path.name:28} {line:10} {len(report.quantities):>10} "
            f"{len(report.dates):>6} {len(report.problems):>8}"
        )
        problems += [(path.name, f) for f in report.problems]
        if out is not None:
            out.write(json.dumps({"input": path.name, **report.to_dict()}) + "\n")
    if out is not None:
        out.close()
    for name, f in problems:
        evidence = "; ".join(f'"{e.text}"' for e in f.evidence)
        print(f"\n{name}: {f.rule_id} {f.verdict}: {f.message}\n    evidence: {evidence}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
