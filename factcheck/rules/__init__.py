"""The rule engine, rule sets, declarative rules and the built-in rules."""

from factcheck.rules.builtin import default_rules
from factcheck.rules.declarative import load_rules, parse_rules
from factcheck.rules.engine import Example, Rule, rule, run_rules
from factcheck.rules.ruleset import RuleSet

__all__ = [
    "Example",
    "Rule",
    "RuleSet",
    "default_rules",
    "load_rules",
    "parse_rules",
    "rule",
    "run_rules",
]
