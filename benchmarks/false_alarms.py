"""False alarms on real news: every finding factcheck raises on the TimeBank 1.2 articles.

Run:  python benchmarks/false_alarms.py [--data DIR] [--show]

The 183 articles (``../shared/benchmarks/timebank/``, TempEval-3's cleaned TimeBank, never
copied into the project) are news as agencies and papers printed it, and none of them is
known to hold an arithmetic or calendar error. Each is checked with its creation time
(``<DCT>``) as the dateline, so every "inconsistent" finding is a false alarm and every
"uncertain" one a question a reader would not need to ask. ``--show`` prints each finding
with its evidence.
"""

from __future__ import annotations

import argparse
import html
import re
import time
from collections import Counter
from pathlib import Path

import factcheck

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "timebank"
_DCT = re.compile(r'<DCT>.*?value="(\d{4}-\d\d-\d\d)', re.S)
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_TAG = re.compile(r"<[^>]+>")


def article(path: Path) -> tuple[str, str]:
    """The plain text and the dateline of one TimeML file."""
    raw = path.read_text(encoding="utf-8")
    dct, body = _DCT.search(raw), _TEXT.search(raw)
    if dct is None or body is None:
        raise SystemExit(f"{path}: no <DCT> date or no <TEXT>")
    return html.unescape(_TAG.sub("", body.group(1))), dct.group(1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--show", action="store_true", help="print every finding")
    args = parser.parse_args()
    files = sorted(args.data.glob("*.tml"))
    if not files:
        raise SystemExit(f"no .tml files under {args.data} (see ../shared/benchmarks/README.md)")
    verdicts: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    chars = 0
    seconds = 0.0
    for path in files:
        text, dateline = article(path)
        chars += len(text)
        started = time.perf_counter()
        report = factcheck.check(text, dateline=dateline)
        seconds += time.perf_counter() - started
        for finding in report.findings:
            verdicts[finding.verdict] += 1
            rules[f"{finding.rule_id} ({finding.verdict})"] += 1
            if args.show and finding.is_problem:
                evidence = " | ".join(e.span.slice(text) for e in finding.evidence)
                print(f"{path.name}: {finding.rule_id} {finding.verdict}: {finding.message}")
                print(f"    evidence: {evidence}")
    print(f"{len(files)} articles, {chars:,} characters, checked in {seconds:.2f} s\n")
    print("| verdict | findings |\n|---|---|")
    for verdict in ("inconsistent", "uncertain", "error", "consistent"):
        print(f"| {verdict} | {verdicts[verdict]} |")
    if rules:
        print("\n| rule (verdict) | findings |\n|---|---|")
        for name, count in rules.most_common():
            print(f"| {name} | {count} |")


if __name__ == "__main__":
    main()
