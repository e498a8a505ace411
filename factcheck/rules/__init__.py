"""The rule engine and the built-in rules."""

from factcheck.rules.builtin import default_rules
from factcheck.rules.engine import Rule, rule, run_rules

__all__ = ["Rule", "default_rules", "rule", "run_rules"]
