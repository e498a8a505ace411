"""The command line: ``factcheck check PATH...|-``, ``factcheck rules``, ``factcheck explain``.

Exit status: 0 when no problem is found, 1 when any finding is inconsistent, uncertain or
an error, 2 on bad usage, a bad configuration, or an input that could not be read (the
other inputs are still checked, and each unreadable one gets one line on standard error).
"""

from __future__ import annotations

import io
import json
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

import click

from factcheck import __version__
from factcheck.config import Config, find_config, load_config
from factcheck.dateline import parse_dateline_argument
from factcheck.errors import FactcheckError
from factcheck.inputs import InputFailure, Story, read_inputs
from factcheck.lexicon import Lexicon
from factcheck.lines import LineIndex
from factcheck.many import CheckFailure, check_many
from factcheck.model import Finding
from factcheck.report import Report
from factcheck.rules.engine import Rule
from factcheck.rules.ruleset import RuleSet

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
FORMATS = ("text", "json", "jsonl", "sarif", "html")
_COLOURS = {"inconsistent": "red", "uncertain": "yellow", "error": "magenta", "consistent": "green"}


class _Settings:
    """What every command shares: where output goes, and the rules and words to use."""

    def __init__(self, out: TextIO) -> None:
        self.out = out


def _rule_options(command: Any) -> Any:
    options = [
        click.option(
            "--config",
            type=click.Path(dir_okay=False),
            help="a factcheck.toml or pyproject.toml (default: the nearest one above the input)",
        ),
        click.option("--no-config", is_flag=True, help="ignore configuration files"),
        click.option(
            "--no-plugins", is_flag=True, help="leave out rules installed by other packages"
        ),
        click.option(
            "--select", multiple=True, metavar="ID", help="run only these rule ids or prefixes"
        ),
        click.option(
            "--ignore", multiple=True, metavar="ID", help="leave out these rule ids or prefixes"
        ),
        click.option(
            "--rules",
            "rules_files",
            multiple=True,
            metavar="FILE",
            help="add the rules of a TOML rules file",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _config(
    config: str | None,
    no_config: bool,
    no_plugins: bool,
    select: Sequence[str],
    ignore: Sequence[str],
    rules_files: Sequence[str],
    near: str | None,
) -> Config:
    """--config, else the nearest configuration above the input (or the working folder),
    then the arguments on top of it."""
    base = Config()
    if not no_config:
        path = config or find_config(near if near and near != "-" else Path.cwd())
        if path:
            base = load_config(path)
    return base.merged(
        select=list(select),
        ignore=list(ignore),
        rules=list(rules_files),
        plugins=False if no_plugins else None,
    )


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Check the numbers and dates of news stories."""
    if ctx.obj is None:
        ctx.obj = _Settings(sys.stdout)


@cli.command("check")
@click.argument("paths", nargs=-1, required=True)
@click.option("--dateline", help="the stories' date, YYYY-MM-DD (wins over the text's)")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--all", "show_all", is_flag=True, help="also show consistent findings")
@click.option("--jsonl", is_flag=True, help="read JSON Lines: one story per line")
@click.option("--text-field", default="text", show_default=True, help="JSON Lines: the text")
@click.option("--dateline-field", default="dateline", show_default=True, help="its dateline")
@click.option("--id-field", default="id", show_default=True, help="its identifier")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="worker processes for many stories",
)
@click.option(
    "--deadline",
    type=click.FloatRange(min=0, min_open=True),
    default=None,
    help="seconds each story's rules may run; the report says which did not finish",
)
@_rule_options
@click.pass_obj
def check_command(
    settings: _Settings,
    /,
    paths: tuple[str, ...],
    dateline: str | None,
    fmt: str,
    show_all: bool,
    jsonl: bool,
    text_field: str,
    dateline_field: str,
    id_field: str,
    workers: int,
    deadline: float | None,
    **options: Any,
) -> int:
    """Check stories: files, folders (their .txt, .md, .html and .htm files), or - for
    standard input."""
    config = _config(**options, near=paths[0])
    rules = config.ruleset()
    lexicon = config.make_lexicon()
    if dateline is not None:
        parse_dateline_argument(dateline)  # a bad --dateline is one usage error, not one a story
    read = read_inputs(
        list(paths),
        jsonl=jsonl,
        text_field=text_field,
        dateline_field=dateline_field,
        id_field=id_field,
    )
    if fmt == "jsonl":
        # One line per story as soon as it is checked: a corpus streams through in
        # bounded memory, and a pipeline reads the first reports while the rest run.
        return _stream_jsonl(settings.out, read, dateline, rules, lexicon, workers, deadline)
    inputs = list(read)
    failed = False
    for item in inputs:
        if isinstance(item, InputFailure):
            click.echo(f"factcheck: {item.name}: {item.reason}", err=True)
            failed = True
    checked: list[tuple[Story, Report]] = []
    stories = [s for s in inputs if isinstance(s, Story)]
    progress = len(stories) > 1 and sys.stderr.isatty()
    # A progress bar on standard error for more than one story, when someone watches it.
    bar_file: TextIO = sys.stderr if progress else io.StringIO()
    with click.progressbar(length=len(stories), label="checking", file=bar_file) as bar:
        results = check_many(
            (s.text for s in stories),
            (dateline or s.dateline for s in stories),
            workers=workers,
            rules=rules,
            lexicon=lexicon,
            deadline=deadline,
        )
        for story, result in zip(stories, results, strict=True):
            bar.update(1)
            if isinstance(result, CheckFailure):
                click.echo(f"factcheck: {story.name}: {result.message}", err=True)
                failed = True
                continue
            checked.append((story, result))
    # One file gives one JSON object; several inputs, a folder or JSON Lines give a list.
    single = len(paths) == 1 and not jsonl and not Path(paths[0]).is_dir()
    _write(settings.out, fmt, checked, rules, show_all, single=single)
    if failed:
        return EXIT_USAGE
    # A report a deadline cut short proves nothing by its silence: it counts as a problem.
    unsure = any(r.problems or r.incomplete for _, r in checked)
    return EXIT_PROBLEMS if unsure else EXIT_OK


def _stream_jsonl(
    out: TextIO,
    read: Iterable[Story | InputFailure],
    dateline: str | None,
    rules: RuleSet,
    lexicon: Lexicon,
    workers: int,
    deadline: float | None,
) -> int:
    """``--format jsonl``: read, check and write one story at a time, in input order."""
    pending: deque[Story] = deque()  # stories read ahead by check_many, not yet written
    datelines: deque[str | None] = deque()
    failed = unsure = False

    def texts() -> Iterator[str]:
        nonlocal failed
        for item in read:
            if isinstance(item, InputFailure):
                click.echo(f"factcheck: {item.name}: {item.reason}", err=True)
                failed = True
                continue
            pending.append(item)
            datelines.append(dateline or item.dateline)
            yield item.text

    def dated() -> Iterator[str | None]:
        while True:  # zip() asks for a text first, so its dateline is always queued
            yield datelines.popleft()

    results = check_many(
        texts(), dated(), workers=workers, rules=rules, lexicon=lexicon, deadline=deadline
    )
    for result in results:
        story = pending.popleft()
        if isinstance(result, CheckFailure):
            click.echo(f"factcheck: {story.name}: {result.message}", err=True)
            failed = True
            continue
        unsure = unsure or bool(result.problems) or result.incomplete
        out.write(json.dumps(_record(story, result), ensure_ascii=False) + "\n")
        out.flush()
    if failed:
        return EXIT_USAGE
    return EXIT_PROBLEMS if unsure else EXIT_OK


def _write(
    out: TextIO,
    fmt: str,
    checked: list[tuple[Story, Report]],
    rules: RuleSet,
    show_all: bool,
    *,
    single: bool,
) -> None:
    """Every report at once, for the formats that are one document (JSON Lines streams
    instead: :func:`_stream_jsonl`)."""
    named = [(story.name, report) for story, report in checked]
    if fmt == "text":
        colour = out is sys.stdout and sys.stdout.isatty() and "NO_COLOR" not in os.environ
        for story, report in checked:
            out.write(render_text(report, story.name, show_all=show_all, colour=colour))
        if len(checked) > 1:
            out.write(_totals(report for _, report in checked))
    elif fmt == "json":
        if single and len(checked) == 1:
            out.write(checked[0][1].to_json() + "\n")
        else:
            data = [_record(story, report) for story, report in checked]
            out.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    elif fmt == "sarif":
        from factcheck.sarif import to_sarif

        out.write(json.dumps(to_sarif(named, rules, show_all=show_all), indent=2) + "\n")
    else:
        from factcheck.htmlreport import render_html

        out.write(render_html(named, show_all=show_all))


def _record(story: Story, report: Report) -> dict[str, Any]:
    return {"input": story.name, "id": story.id, **report.to_dict()}


@cli.command("rules")
@_rule_options
@click.pass_obj
def rules_command(settings: _Settings, /, **options: Any) -> int:
    """List the rules that would run: id, severity and title."""
    rules = _config(**options, near=None).ruleset()
    for r in rules:
        settings.out.write(f"{r.id}\t{rules.severity_of(r)}\t{r.title}\n")
    return EXIT_OK


@cli.command("explain")
@click.argument("rule_id")
@_rule_options
@click.pass_obj
def explain_command(settings: _Settings, /, rule_id: str, **options: Any) -> int:
    """Print a rule's description and its examples."""
    rules = _config(**options, near=None).ruleset()
    chosen = rules.get(rule_id)
    if chosen is None:
        click.echo(f"factcheck: no rule {rule_id!r}; see: factcheck rules", err=True)
        return EXIT_USAGE
    settings.out.write(explain(chosen, rules.severity_of(chosen)))
    return EXIT_OK


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None) -> int:
    """Run the command line; returns the exit status (``python -m factcheck`` exits with
    it)."""
    try:
        result = cli.main(
            args=list(argv) if argv is not None else None,
            prog_name="factcheck",
            standalone_mode=False,
            obj=_Settings(stdout or sys.stdout),
        )
    except click.exceptions.Exit as exc:  # --help, --version
        return int(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        return EXIT_USAGE
    except click.exceptions.Abort:
        return EXIT_USAGE
    except FactcheckError as exc:
        click.echo(f"factcheck: {exc}", err=True)
        return EXIT_USAGE
    return int(result) if isinstance(result, int) else EXIT_OK


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


def render_text(report: Report, name: str, *, show_all: bool = False, colour: bool = False) -> str:
    """``path:line:col: severity rule message`` for each finding, then the line of the
    first evidence with every piece of evidence on it underlined, then a summary line."""
    shown = [f for f in report.findings if show_all or f.is_problem]
    where = LineIndex(report.text)
    lines = [_render_finding(where, name, f, colour) for f in shown]
    counts: dict[str, int] = {}
    for f in report.findings:
        counts[f.verdict] = counts.get(f.verdict, 0) + 1
    summary = ", ".join(f"{n} {v}" for v, n in sorted(counts.items())) or "no findings"
    dateline = report.dateline.date.isoformat() if report.dateline else "none"
    if report.incomplete:
        summary += f"; incomplete: past the deadline, {', '.join(report.unfinished)} did not finish"
    lines.append(f"{name}: dateline {dateline}; {summary}")
    return "\n".join(lines) + "\n"


def _render_finding(where: LineIndex, name: str, f: Finding, colour: bool) -> str:
    line, col = where(f.start)
    verdict = click.style(f.verdict, fg=_COLOURS.get(f.verdict), bold=True) if colour else f.verdict
    # A consistent finding is no error whatever its rule's severity: "pass", as SARIF's kind.
    level = f.severity if f.is_problem else "pass"
    head = f"{name}:{line}:{col}: {level} {f.rule_id} {verdict}: {f.message}"
    out = [head]
    if f.evidence:
        # Tabs and a carriage return would shift the underline: shown as single spaces.
        text = where.line_text(line).replace("\t", " ").replace("\r", "")
        marks = [" "] * len(text)
        for e in f.evidence:
            e_line, e_col = where(e.span.start)
            if e_line != line:
                continue
            for k in range(e_col - 1, min(e_col - 1 + e.span.end - e.span.start, len(text))):
                marks[k] = "^"
        underline = "".join(marks).rstrip()
        if colour:
            underline = click.style(underline, fg=_COLOURS.get(f.verdict))
        out += [f"    {text}", f"    {underline}"]
    for e in f.evidence:
        e_line, e_col = where(e.span.start)
        out.append(f"    {e.label or 'evidence'} {e_line}:{e_col}: {e.text}")
    return "\n".join(out)


def _totals(reports: Any) -> str:
    counts: dict[str, int] = {}
    documents = 0
    for report in reports:
        documents += 1
        for f in report.findings:
            counts[f.verdict] = counts.get(f.verdict, 0) + 1
    summary = ", ".join(f"{n} {v}" for v, n in sorted(counts.items())) or "no findings"
    return f"{documents} stories: {summary}\n"


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
