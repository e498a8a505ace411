"""Every rule runs its own examples: a story it must pass and one it must fail, at least."""

from __future__ import annotations

import pytest

import factcheck
from factcheck import Example, Rule, RuleSet


def outcome(rule: Rule, example: Example) -> str:
    report = factcheck.check(example.text, dateline=example.dateline, rules=RuleSet((rule,)))
    own = [f for f in report.findings if f.rule_id == rule.id]
    assert not [f for f in own if f.verdict == "error"], f"{rule.id} crashed on {example.text!r}"
    return "fail" if any(f.is_problem for f in own) else "pass"


ALL_RULES = [*factcheck.default_rules()]


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_every_rule_carries_a_passing_and_a_failing_example(rule: Rule) -> None:
    expected = {e.expect for e in rule.examples}
    if rule.severity == "info":
        # An information rule (quantity.rate) reports figures, never a problem: it cannot
        # fail a story, so it carries passing examples only, and must report on them.
        assert expected == {"pass"} and len(rule.examples) >= 2
        for example in rule.examples:
            report = factcheck.check(example.text, dateline=example.dateline, rules=[rule])
            assert report.findings, f"{rule.id} reports nothing on {example.text!r}"
        return
    assert expected == {"pass", "fail"}, f"{rule.id} needs a passing and a failing example"


@pytest.mark.parametrize(
    ("rule", "example"),
    [(r, e) for r in ALL_RULES for e in r.examples],
    ids=lambda x: x.id if isinstance(x, Rule) else x.text[:40],
)
def test_rule_examples(rule: Rule, example: Example) -> None:
    assert outcome(rule, example) == example.expect, example.text
