"""A house rule in ten lines: nobody is reported killed beyond the stated casualties.

Run:  python examples/custom_rule.py
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

import factcheck
from factcheck import Document, Evidence, Finding

ARTICLE = (
    "date 2025-09-04\n"
    "The strike left 14 casualties in the city centre, the mayor said on Thursday. "
    "Rescuers said 17 people were killed."
)


@factcheck.rule(
    id="house.killed-within-casualties",
    severity="error",
    tags=["quantity", "house"],
    examples=[
        ("The blast left 14 casualties. Rescuers said 9 people were killed.", "pass"),
        ("The blast left 14 casualties. Rescuers said 17 people were killed.", "fail"),
    ],
)
def killed_within_casualties(doc: Document) -> Iterator[Finding]:
    """The number killed cannot exceed the casualties reported in the same story."""
    casualties = [q for q in doc.quantities if q.noun == "casualty"]
    killed = [q for q in doc.quantities if q.role == "killed"]
    for total in casualties:
        for dead in killed:
            over = (
                dead.amount.low is not None
                and total.amount.high is not None
                and (dead.amount.low > total.amount.high)
            )
            yield Finding(
                rule_id="house.killed-within-casualties",
                verdict="inconsistent" if over else "consistent",
                severity="error",
                message=f"{dead.amount.value} killed, {total.amount.value} casualties",
                evidence=(
                    Evidence(dead.span, doc.excerpt(dead.span), "killed"),
                    Evidence(total.span, doc.excerpt(total.span), "casualties"),
                ),
            )


def main() -> int:
    rules = factcheck.RuleSet.default().extend(killed_within_casualties)
    report = factcheck.check(ARTICLE, rules=rules)
    for f in report.findings:
        print(f"[{f.verdict}] {f.rule_id}: {f.message}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
