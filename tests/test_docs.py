"""Every rule's documented passing and failing examples run as part of the suite."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

import factcheck

DOCS = Path(__file__).resolve().parent.parent / "docs"


@pytest.mark.parametrize("page", ["rules.md", "writing-rules.md"])
def test_rules_page_examples(page: str) -> None:
    result = doctest.testfile(str(DOCS / page), module_relative=False)
    assert result.attempted > 0
    assert result.failed == 0


@pytest.mark.parametrize("rule", factcheck.default_rules(), ids=lambda r: r.id)
def test_every_builtin_rule_is_documented_with_examples(rule: factcheck.Rule) -> None:
    page = (DOCS / "rules.md").read_text(encoding="utf-8")
    section = page.split(f"\n## {rule.id}\n", 1)
    assert len(section) == 2, f"docs/rules.md has no section for {rule.id}"
    body = section[1].split("\n## ", 1)[0]
    assert "consistent" in body and "inconsistent" in body
