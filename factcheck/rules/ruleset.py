"""An explicit set of rules: which run, and at what severity. No hidden global registry.

Ids are selected as linters select codes: a pattern is a whole id ("date.impossible") or a
prefix ending at a dot ("quantity." or "quantity"), and ``ignore`` wins over ``select``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from importlib import metadata
from typing import Any

import attrs

from factcheck.document import Document
from factcheck.errors import ConfigError, RuleDefinitionError
from factcheck.model import Finding, Severity
from factcheck.rules.engine import Rule, RuleRun, run_rules_until

#: The entry-point group plugins register their rules under.
ENTRY_POINT_GROUP = "factcheck.rules"
_SEVERITIES = ("error", "warning", "info")


def _as_rules(items: Iterable[Rule]) -> tuple[Rule, ...]:
    return tuple(items)


def matches(pattern: str, rule_id: str) -> bool:
    """Whether ``pattern`` names ``rule_id``: the id itself or a prefix ending at a dot."""
    stem = pattern.rstrip(".")
    return rule_id == stem or rule_id.startswith(stem + ".")


@attrs.frozen(slots=True)
class RuleSet:
    """Rules in a fixed order, with severity overrides by id or prefix.

    >>> rules = RuleSet.default().select("date.").ignore("date.after-dateline")
    >>> [r.id for r in rules][:2]
    ['date.weekday-mismatch', 'date.relative-conflict']
    """

    rules: tuple[Rule, ...] = attrs.field(default=(), converter=_as_rules)
    severities: Mapping[str, Severity] = attrs.field(factory=dict)

    def __attrs_post_init__(self) -> None:
        seen: set[str] = set()
        for r in self.rules:
            if not isinstance(r, Rule):
                kind = type(r).__name__
                raise RuleDefinitionError(
                    f"a RuleSet holds Rule objects made with @factcheck.rule, got {kind}"
                )
            if r.id in seen:
                raise RuleDefinitionError(f"two rules share the id {r.id!r}")
            seen.add(r.id)
        for pattern, severity in self.severities.items():
            if severity not in _SEVERITIES:
                raise ConfigError(
                    f"severity for {pattern!r} must be one of {_SEVERITIES}, got {severity!r}"
                )

    @classmethod
    def default(cls) -> RuleSet:
        """The built-in rules."""
        from factcheck.rules.builtin import default_rules

        return cls(default_rules())

    @classmethod
    def from_entry_points(cls, group: str = ENTRY_POINT_GROUP) -> RuleSet:
        """The rules installed packages register under the entry-point ``group``. An entry
        point may name a Rule, a RuleSet, an iterable of Rules, or a function returning one
        of these."""
        found: list[Rule] = []
        for entry in sorted(metadata.entry_points(group=group), key=lambda e: e.name):
            try:
                loaded = entry.load()
            except Exception as exc:
                raise ConfigError(
                    f"plugin {entry.name!r} ({entry.value}) could not be loaded: "
                    f"{type(exc).__name__}: {exc}"
                ) from exc
            found.extend(_rules_of(loaded, entry.name))
        return cls(found)

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def __contains__(self, rule_id: object) -> bool:
        return any(r.id == rule_id for r in self.rules)

    def get(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.rules)

    def extend(self, *more: Rule | Iterable[Rule]) -> RuleSet:
        """A new set with ``more`` rules (or sets of rules) after these."""
        added: list[Rule] = []
        for item in more:
            added.extend([item] if isinstance(item, Rule) else item)
        severities = dict(self.severities)
        for item in more:
            if isinstance(item, RuleSet):
                severities.update(item.severities)
        return RuleSet((*self.rules, *added), severities)

    def select(self, *patterns: str) -> RuleSet:
        """Only the rules that a pattern names (all of them when none is given)."""
        if not patterns:
            return self
        self.check_patterns(patterns, "select")
        kept = tuple(r for r in self.rules if any(matches(p, r.id) for p in patterns))
        return RuleSet(kept, self.severities)

    def ignore(self, *patterns: str) -> RuleSet:
        """Every rule but those a pattern names."""
        self.check_patterns(patterns, "ignore")
        kept = tuple(r for r in self.rules if not any(matches(p, r.id) for p in patterns))
        return RuleSet(kept, self.severities)

    def with_severity(self, overrides: Mapping[str, Severity]) -> RuleSet:
        """The same rules, reporting at the severity ``overrides`` gives their id or prefix
        (the longest pattern wins)."""
        self.check_patterns(tuple(overrides), "severity")
        return RuleSet(self.rules, {**self.severities, **overrides})

    def severity_of(self, rule: Rule) -> Severity:
        best: tuple[int, Severity] | None = None
        for pattern, severity in self.severities.items():
            if matches(pattern, rule.id) and (best is None or len(pattern) > best[0]):
                best = (len(pattern), severity)
        return best[1] if best else rule.severity

    def run(self, document: Document) -> tuple[Finding, ...]:
        """Every finding of every rule, by position then rule id, at the severity set here.
        A rule that crashes gives an ``error`` finding; the others still run."""
        return self.run_until(document, None).findings

    def run_until(self, document: Document, until: float | None) -> RuleRun:
        """:meth:`run` with a deadline (a ``time.monotonic()`` instant, or None): the rules
        it stops are named in ``unfinished``."""
        done = run_rules_until(document, self.rules, until)
        levels = {r.id: self.severity_of(r) for r in self.rules}
        findings = tuple(
            attrs.evolve(f, severity=levels[f.rule_id])
            if f.verdict != "error" and f.rule_id in levels
            else f
            for f in done.findings
        )
        return RuleRun(findings, done.unfinished)

    def check_patterns(self, patterns: Iterable[str], what: str) -> None:
        """A :class:`ConfigError` unless every pattern names a rule of this set."""
        for pattern in patterns:
            if not isinstance(pattern, str) or not pattern:
                raise ConfigError(f"{what}: a rule id or prefix must be a string, got {pattern!r}")
            if not any(matches(pattern, r.id) for r in self.rules):
                raise ConfigError(
                    f"{what}: {pattern!r} names no rule; known ids: {', '.join(self.ids)}"
                )


def _rules_of(loaded: Any, name: str) -> list[Rule]:
    if callable(loaded) and not isinstance(loaded, Rule):
        loaded = loaded()
    if isinstance(loaded, Rule):
        return [loaded]
    if isinstance(loaded, RuleSet):
        return list(loaded.rules)
    try:
        items = list(loaded)
    except TypeError:
        items = None
    if items is None or not all(isinstance(r, Rule) for r in items):
        raise ConfigError(
            f"plugin {name!r} must give a Rule, a RuleSet or a list of Rules, "
            f"got {type(loaded).__name__}"
        )
    return items
