"""Rules: metadata plus a function ``Document -> Iterable[Finding]``, run in isolation.

A rule that raises becomes a finding with verdict ``error``; the other rules still run and
the report still comes back.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Literal

import attrs

from factcheck.document import Document
from factcheck.errors import RuleDefinitionError, described
from factcheck.model import Finding, Severity
from factcheck.rules.deadline import Alarm, DeadlineReached, alarm, passed

RuleFunction = Callable[[Document], Iterable[Finding]]
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*(\.[a-z0-9][a-z0-9_-]*)+$")
_SEVERITIES = ("error", "warning", "info")


Expectation = Literal["pass", "fail"]


@attrs.frozen(slots=True)
class Example:
    """A story a rule is tested on: ``fail`` when the rule must find a problem in it
    (a finding of its own that is not ``consistent``), ``pass`` when it must find none."""

    text: str
    expect: Expectation
    dateline: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.expect not in ("pass", "fail"):
            raise RuleDefinitionError(
                f"example expect must be 'pass' or 'fail', got {self.expect!r}"
            )


ExampleLike = Example | tuple[str, str] | tuple[str, str, str]


def _example(item: ExampleLike) -> Example:
    if isinstance(item, Example):
        return item
    if isinstance(item, tuple) and len(item) in (2, 3) and all(isinstance(x, str) for x in item):
        text, expect = item[0], item[1]
        dateline = item[2] if len(item) == 3 else None
        return Example(text, expect, dateline)  # type: ignore[arg-type]
    raise RuleDefinitionError(
        f"an example is Example(text, expect, dateline) or (text, 'pass'|'fail'), got {item!r}"
    )


@attrs.frozen(slots=True)
class Rule:
    """A consistency check with a stable dotted id ("quantity.part-exceeds-whole"), its
    metadata, and the examples it must pass and fail."""

    id: str
    function: RuleFunction = attrs.field(repr=False)
    severity: Severity = "warning"
    title: str = ""
    description: str = ""
    tags: tuple[str, ...] = ()
    examples: tuple[Example, ...] = ()

    def __call__(self, document: Document) -> Iterable[Finding]:
        return self.function(document)

    def outcome(self, example: Example) -> Literal["pass", "fail"]:
        """What this rule does with ``example``'s story, run alone: ``"fail"`` when it
        reports a problem of its own (a finding that is not ``consistent``, a crash
        included), else ``"pass"``."""
        from factcheck.check import check  # check() runs rules: imported when needed

        report = check(example.text, dateline=example.dateline, rules=[self])
        return "fail" if any(f.is_problem for f in report.findings) else "pass"

    def failed_examples(self) -> tuple[Example, ...]:
        """The examples this rule does not do as they expect: empty when it keeps all of
        them. A test of a house rule is ``assert not rule.failed_examples()``."""
        return tuple(e for e in self.examples if self.outcome(e) != e.expect)


def rule(
    *,
    id: str,
    severity: Severity = "warning",
    title: str = "",
    description: str = "",
    tags: Sequence[str] = (),
    examples: Sequence[ExampleLike] = (),
) -> Callable[[RuleFunction], Rule]:
    """Make a function into a :class:`Rule`.

    The function receives the :class:`Document` and yields :class:`Finding` objects; the
    docstring's first paragraph is the title when none is given, and the docstring the
    description. ``examples`` are stories the
    rule must pass or fail: ``Example(text, "fail", dateline="2025-09-04")`` or just
    ``(text, "fail")``; the test suite runs every rule's examples.
    """
    check_rule_id(id)
    if severity not in _SEVERITIES:
        raise RuleDefinitionError(f"severity must be one of {_SEVERITIES}, got {severity!r}")
    if isinstance(tags, str) or not all(isinstance(t, str) for t in tags):
        raise RuleDefinitionError(f"tags must be a list of strings, got {tags!r}")
    parsed = tuple(_example(e) for e in examples)

    def wrap(function: RuleFunction) -> Rule:
        doc = inspect.cleandoc(function.__doc__ or "")
        first = " ".join(doc.split("\n\n", 1)[0].split())  # the first paragraph, one line
        return Rule(
            id=id,
            function=function,
            severity=severity,
            title=title or first,
            description=description or doc,
            tags=tuple(tags),
            examples=parsed,
        )

    return wrap


def check_rule_id(id: object) -> str:
    """``id`` if it is a dotted lower-case rule id, else a :class:`RuleDefinitionError`."""
    if not isinstance(id, str) or not _ID.match(id):
        raise RuleDefinitionError(
            f"rule id must be dotted lower-case words like 'house.killed-le-casualties', got {id!r}"
        )
    return id


@attrs.frozen(slots=True)
class RuleRun:
    """The findings of a run and the ids of the rules the deadline stopped, in run order."""

    findings: tuple[Finding, ...]
    unfinished: tuple[str, ...] = ()


def run_rules(document: Document, rules: Sequence[Rule]) -> tuple[Finding, ...]:
    """Every finding of every rule, ordered by position and then rule id."""
    return run_rules_until(document, rules, None).findings


def run_rules_until(document: Document, rules: Sequence[Rule], until: float | None) -> RuleRun:
    """:func:`run_rules` with a deadline, a ``time.monotonic()`` instant or None. A rule the
    deadline stops gives no finding (half a rule's findings would read as all of them) and
    is named in ``unfinished`` with every rule after it."""
    for r in rules:
        if not isinstance(r, Rule):
            raise RuleDefinitionError(
                f"rules must be Rule objects made with @factcheck.rule, got {type(r).__name__}"
            )
    findings: list[Finding] = []
    index, kept = 0, 0
    with alarm(until) as armed:
        try:
            armed.active = True
            for position, r in enumerate(rules):
                index, kept = position, len(findings)
                if passed(until):
                    armed.stop()
                try:
                    produced = _collect(r, document, until, armed)
                except Exception as exc:
                    findings.append(_crash(r, exc))
                    continue
                findings.extend(f if f.rule_id else attrs.evolve(f, rule_id=r.id) for f in produced)
            armed.active = False
            index = len(rules)
        except DeadlineReached as reached:
            if reached.args and reached.args[0] is not armed:
                raise  # an outer run's deadline, reached inside a rule that checks a story
            del findings[kept:]
    findings.sort(key=lambda f: (f.start, f.rule_id))
    return RuleRun(tuple(findings), tuple(r.id for r in rules[index:]))


def _collect(r: Rule, document: Document, until: float | None, armed: Alarm) -> list[Finding]:
    produced = []
    for f in r(document):
        if not isinstance(f, Finding):
            raise TypeError(f"rule yielded {type(f).__name__}, expected Finding")
        produced.append(f)
        if passed(until):
            armed.stop()
    return produced


def _crash(r: Rule, exc: Exception) -> Finding:
    return Finding(
        rule_id=r.id,
        verdict="error",
        severity="error",
        message=f"rule {r.id} crashed: {described(exc)}",
        values={"exception": type(exc).__name__},
    )
