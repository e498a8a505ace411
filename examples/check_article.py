"""Check the example article and print what factcheck found in it.

Run from anywhere:  python examples/check_article.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import factcheck

ARTICLE = Path(__file__).with_name("article.txt")


def main() -> int:
    report = factcheck.check(ARTICLE.read_text(encoding="utf-8"))
    text = report.text
    line = report.dateline
    print(f"dateline: {line.date if line else 'none'} (from the {line.source if line else '-'})")
    print("\nquantities:")
    for q in report.quantities:
        print(f"  {text[q.span.start : q.span.end]!r:32} noun={q.noun} role={q.role}")
    print("\ndates:")
    for d in report.dates:
        print(f"  {text[d.span.start : d.span.end]!r:32} {d.first} .. {d.last} ({d.granularity})")
    print("\nfindings:")
    for f in report.findings:
        print(f"  [{f.verdict}] {f.rule_id}: {f.message}")
    print(f"\n{len(report.problems)} problem(s)")
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main())
