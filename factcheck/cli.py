"""``factcheck check FILE|-``, ``factcheck rules``, ``factcheck explain ID``: the command line.

Exit status: 0 when no problem is found, 1 when any finding is inconsistent, uncertain or
an error, 2 on bad usage or unreadable input.
"""

from __future__ import annotations

import argparse
import bisect
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from factcheck import __version__
from factcheck.check import check
from factcheck.config import Config, find_config, load_config
from factcheck.errors import FactcheckError
from factcheck.model import Finding
from factcheck.report import Report
from factcheck.rules.engine import Rule

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
    _rule_options(run)
    listing = sub.add_parser("rules", help="list the rules that would run: id, severity, title")
    _rule_options(listing)
    explain = sub.add_parser("explain", help="print a rule's description and examples")
    explain.add_argument("rule_id", help="the rule's id, e.g. quantity.part-exceeds-whole")
    _rule_options(explain)
    return parser


def _rule_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--config",
        help="a factcheck.toml or pyproject.toml (default: the nearest one above the input)",
    )
    command.add_argument("--no-config", action="store_true", help="ignore configuration files")
    command.add_argument(
        "--select", action="append", metavar="ID", help="run only these rule ids or prefixes"
    )
    command.add_argument(
        "--ignore", action="append", metavar="ID", help="leave out these rule ids or prefixes"
    )
    command.add_argument(
        "--rules", action="append", metavar="FILE", help="add the rules of a TOML rules file"
    )


def _config(args: argparse.Namespace, near: str | None) -> Config:
    """The configuration: --config, else the nearest file above the input (or the working
    folder), then the arguments on top of it."""
    base = Config()
    if not args.no_config:
        path = args.config or find_config(near if near and near != "-" else Path.cwd())
        if path:
            base = load_config(path)
    return base.merged(select=args.select, ignore=args.ignore, rules=args.rules or ())


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None) -> int:
    out = stdout or sys.stdout
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 on --help/--version
        return int(exc.code or 0)
    try:
        config = _config(args, getattr(args, "file", None))
        rules = config.ruleset()
    except FactcheckError as exc:
        print(f"factcheck: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.command == "rules":
        for r in rules:
            out.write(f"{r.id}\t{rules.severity_of(r)}\t{r.title}\n")
        return EXIT_OK
    if args.command == "explain":
        chosen = rules.get(args.rule_id)
        if chosen is None:
            print(f"factcheck: no rule {args.rule_id!r}; see: factcheck rules", file=sys.stderr)
            return EXIT_USAGE
        out.write(explain(chosen, rules.severity_of(chosen)))
        return EXIT_OK
    try:
        text = _read(args.file)
    except (OSError, UnicodeDecodeError) as exc:
        print(f"factcheck: cannot read {args.file}: {_reason(exc)}", file=sys.stderr)
        return EXIT_USAGE
    try:
        lexicon = config.make_lexicon()
        report = check(text, dateline=args.dateline, rules=rules, lexicon=lexicon)
    except FactcheckError as exc:
        print(f"factcheck: {args.file}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.format == "json":
        out.write(report.to_json() + "\n")
    else:
        out.write(render_text(report, args.file, show_all=args.all))
    return EXIT_PROBLEMS if report.problems else EXIT_OK


def explain(rule: Rule, severity: str) -> str:
    """A rule's id, severity, tags, description and examples, as ``factcheck explain`` prints."""
    lines = [f"{rule.id} ({severity})", ""]
    if rule.tags:
        lines += [f"tags: {', '.join(rule.tags)}", ""]
    lines += [rule.description or rule.title, ""]
    for example in rule.examples:
        dated = f" [dateline {example.dateline}]" if example.dateline else ""
        lines.append(f"{example.expect}{dated}: {example.text}")
    return "\n".join(lines).rstrip("\n") + "\n"


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
