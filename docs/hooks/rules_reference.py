"""MkDocs hook: the rules reference table is written from the rules' own metadata at
build time, so it can never disagree with the code."""

from __future__ import annotations

from typing import Any

MARKER = "<!-- rules-reference -->"


def rules_table() -> str:
    """A Markdown table of every built-in rule: id, severity, examples and title."""
    import factcheck

    rows = [
        "| id | severity | examples (pass / fail) | checks |",
        "|---|---|---|---|",
    ]
    for rule in factcheck.default_rules():
        passing = sum(e.expect == "pass" for e in rule.examples)
        failing = sum(e.expect == "fail" for e in rule.examples)
        title = rule.title.replace("|", "\\|")
        rows.append(f"| `{rule.id}` | {rule.severity} | {passing} / {failing} | {title} |")
    return "\n".join(rows)


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    if MARKER not in markdown:
        return markdown
    return markdown.replace(MARKER, rules_table())
