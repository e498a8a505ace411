"""``check()``: text in, report out."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Sequence
from pathlib import Path

from factcheck.config import Config, load_config
from factcheck.document import Document, read_document
from factcheck.lexicon import Lexicon
from factcheck.model import Finding
from factcheck.report import Report
from factcheck.rules.deadline import check_deadline
from factcheck.rules.engine import Rule
from factcheck.rules.ruleset import RuleSet


def check(
    text: str,
    dateline: dt.date | dt.datetime | str | None = None,
    rules: RuleSet | Sequence[Rule] | None = None,
    *,
    lexicon: Lexicon | None = None,
    year: int | None = None,
    config: Config | str | Path | None = None,
    deadline: float | None = None,
) -> Report:
    """Extract the facts of ``text`` and run ``rules`` over them.

    ``dateline`` always wins over one detected in the text; ``year`` completes a wire
    dateline that omits it ("KYIV, Sept 4 (Reuters) -"). ``rules`` (a :class:`RuleSet` or a
    list of rules) wins over ``config``; with neither, the built-in rules run. ``config`` is
    a :class:`Config` or the path of a ``factcheck.toml`` / ``pyproject.toml``: it adds
    plugin and declarative rules, selects, ignores and re-grades them, and extends the
    lexicon unless ``lexicon`` is given. ``deadline`` (seconds, counted from the call) stops
    the rules still running when it passes: the report then has ``incomplete`` set and names
    them in ``unfinished``.
    """
    until = check_deadline(deadline)
    if until is not None:
        until += time.monotonic()
    settings = load_config(config) if isinstance(config, (str, Path)) else config
    if rules is not None:
        chosen = rules if isinstance(rules, RuleSet) else RuleSet(tuple(rules))
    elif settings is not None:
        chosen = settings.ruleset()
    else:
        chosen = RuleSet.default()
    if lexicon is None and settings is not None:
        lexicon = settings.make_lexicon()
    document = read_document(text, dateline, lexicon=lexicon, year=year)
    done = chosen.run_until(document, until)
    findings = done.findings
    if document.failures:
        findings = tuple(sorted(_as_findings(document) + findings, key=_order))
    return Report(document, findings, unfinished=done.unfinished)


def _as_findings(document: Document) -> tuple[Finding, ...]:
    """An ``error`` finding for each extractor that raised, as for a rule that crashes:
    its facts are missing, and the rules that read them saw none."""
    return tuple(
        Finding(
            rule_id=f"extract.{f.stage}",
            verdict="error",
            severity="error",
            message=f"extracting {f.stage} crashed: {f.message}",
            values={"exception": f.exception},
        )
        for f in document.failures
    )


def _order(f: Finding) -> tuple[int, str]:
    return f.start, f.rule_id
