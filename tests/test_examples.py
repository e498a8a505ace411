"""The example scripts run as documented, and the example rule passes its own examples."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import factcheck

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def run(script: str) -> str:
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / script)], capture_output=True, text=True, check=True
    )
    return done.stdout


def test_check_article_script_finds_no_problem_in_the_example_article() -> None:
    out = run("check_article.py")
    assert "quantity.part-exceeds-whole" in out
    assert out.rstrip().endswith("0 problem(s)")


def test_custom_rule_script_flags_the_story() -> None:
    out = run("custom_rule.py")
    assert "[inconsistent] house.killed-within-casualties: 17 killed, 14 casualties" in out


def test_custom_rule_carries_and_passes_its_examples() -> None:
    spec = importlib.util.spec_from_file_location("custom_rule", EXAMPLES / "custom_rule.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rule = module.killed_within_casualties
    assert {e.expect for e in rule.examples} == {"pass", "fail"}
    for example in rule.examples:
        report = factcheck.check(example.text, rules=[rule])
        got = "fail" if any(f.is_problem for f in report.findings) else "pass"
        assert got == example.expect
