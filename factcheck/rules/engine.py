"""Rules: metadata plus a function ``Document -> Iterable[Finding]``, run in isolation.

A rule that raises becomes a finding with verdict ``error``; the other rules still run and
the report still comes back.
"""

from __future__ import annotations

import re
import traceback
from collections.abc import Callable, Iterable, Sequence

import attrs

from factcheck.document import Document
from factcheck.errors import RuleDefinitionError
from factcheck.model import Finding, Severity

RuleFunction = Callable[[Document], Iterable[Finding]]
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*(\.[a-z0-9][a-z0-9_-]*)+$")
_SEVERITIES = ("error", "warning", "info")


@attrs.frozen(slots=True)
class Rule:
    """A consistency check with a stable dotted id ("quantity.part-exceeds-whole")."""

    id: str
    function: RuleFunction = attrs.field(repr=False)
    severity: Severity = "warning"
    title: str = ""
    description: str = ""

    def __call__(self, document: Document) -> Iterable[Finding]:
        return self.function(document)


def rule(
    *, id: str, severity: Severity = "warning", title: str = "", description: str = ""
) -> Callable[[RuleFunction], Rule]:
    """Make a function into a :class:`Rule`.

    The function receives the :class:`Document` and yields :class:`Finding` objects; the
    docstring's first line is the title when none is given.
    """
    if not isinstance(id, str) or not _ID.match(id):
        raise RuleDefinitionError(
            f"rule id must be dotted lower-case words like 'house.killed-le-casualties', got {id!r}"
        )
    if severity not in _SEVERITIES:
        raise RuleDefinitionError(f"severity must be one of {_SEVERITIES}, got {severity!r}")

    def wrap(function: RuleFunction) -> Rule:
        doc = (function.__doc__ or "").strip()
        return Rule(
            id=id,
            function=function,
            severity=severity,
            title=title or doc.split("\n", 1)[0],
            description=description or doc,
        )

    return wrap


def run_rules(document: Document, rules: Sequence[Rule]) -> tuple[Finding, ...]:
    """Every finding of every rule, ordered by position and then rule id."""
    findings: list[Finding] = []
    for r in rules:
        if not isinstance(r, Rule):
            raise RuleDefinitionError(
                f"rules must be Rule objects made with @factcheck.rule, got {type(r).__name__}"
            )
        try:
            produced = list(r(document))
            bad = [f for f in produced if not isinstance(f, Finding)]
            if bad:
                raise TypeError(f"rule yielded {type(bad[0]).__name__}, expected Finding")
        except Exception as exc:
            findings.append(_crash(r, exc))
            continue
        findings.extend(attrs.evolve(f, rule_id=r.id) if not f.rule_id else f for f in produced)
    findings.sort(key=lambda f: (f.start, f.rule_id))
    return tuple(findings)


def _crash(r: Rule, exc: Exception) -> Finding:
    where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    location = f" at {where.filename}:{where.lineno}" if where else ""
    return Finding(
        rule_id=r.id,
        verdict="error",
        severity="error",
        message=f"rule {r.id} crashed: {type(exc).__name__}: {exc}{location}",
        values={"exception": type(exc).__name__},
    )
