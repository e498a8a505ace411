"""``factcheck check FILE|-``: the command line.

Exit status: 0 when no problem is found, 1 when any finding is inconsistent, uncertain or
an error, 2 on bad usage or unreadable input.
"""

from __future__ import annotations

import argparse
import bisect
import sys
from collections.abc import Sequence
from typing import TextIO

from factcheck import __version__
from factcheck.check import check
from factcheck.errors import FactcheckError
from factcheck.model import Finding
from factcheck.report import Report

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factcheck", description="Check the numbers and dates of a news story."
    )
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("check", help="check one article (a file, or - for standard input)")
    run.add_argument("file", help="path of a UTF-8 text file, or - to read standard input")
    run.add_argument("--dateline", help="the story's date, YYYY-MM-DD (wins over the text's)")
    run.add_argument("--format", choices=("text", "json"), default="text")
    run.add_argument("--all", action="store_true", help="also show consistent findings")
    return parser


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None) -> int:
    out = stdout or sys.stdout
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 on --help/--version
        return int(exc.code or 0)
    try:
        text = _read(args.file)
    except (OSError, UnicodeDecodeError) as exc:
        print(f"factcheck: cannot read {args.file}: {_reason(exc)}", file=sys.stderr)
        return EXIT_USAGE
    try:
        report = check(text, dateline=args.dateline)
    except FactcheckError as exc:
        print(f"factcheck: {args.file}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.format == "json":
        out.write(report.to_json() + "\n")
    else:
        out.write(render_text(report, args.file, show_all=args.all))
    return EXIT_PROBLEMS if report.problems else EXIT_OK


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.buffer.read().decode("utf-8")
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def _reason(exc: BaseException) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return f"not UTF-8 text (byte {exc.start})"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


class LineIndex:
    """1-based line and column of code-point offsets, by binary search over line starts."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]

    def __call__(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1


def render_text(report: Report, name: str, *, show_all: bool = False) -> str:
    shown = [f for f in report.findings if show_all or f.is_problem]
    where = LineIndex(report.text)
    lines = [_render_finding(where, name, f) for f in shown]
    counts: dict[str, int] = {}
    for f in report.findings:
        counts[f.verdict] = counts.get(f.verdict, 0) + 1
    summary = ", ".join(f"{n} {v}" for v, n in sorted(counts.items())) or "no findings"
    dateline = report.dateline.date.isoformat() if report.dateline else "none"
    lines.append(f"{name}: dateline {dateline}; {summary}")
    return "\n".join(lines) + "\n"


def _render_finding(where: LineIndex, name: str, f: Finding) -> str:
    line, col = where(f.start)
    head = f"{name}:{line}:{col}: {f.verdict} {f.rule_id} {f.message}"
    evidence = []
    for e in f.evidence:
        e_line, e_col = where(e.span.start)
        evidence.append(f"    {e.label or 'evidence'} {e_line}:{e_col}: {e.text}")
    return "\n".join([head, *evidence])


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
