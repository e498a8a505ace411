"""The rules that ship with factcheck, one module per family."""

from __future__ import annotations

from factcheck.rules.builtin.arithmetic import (
    change_mismatch,
    conversion_mismatch,
    percent_mismatch,
    rate,
    restatement_conflict,
    share_sum,
    sum_mismatch,
)
from factcheck.rules.builtin.dates import (
    after_dateline,
    elapsed_mismatch,
    impossible,
    relative_conflict,
    weekday_mismatch,
    zone_mismatch,
)
from factcheck.rules.builtin.quantities import enumeration_count, part_exceeds_whole
from factcheck.rules.engine import Rule


def default_rules() -> tuple[Rule, ...]:
    """Every built-in rule, in a fixed order."""
    return (
        part_exceeds_whole,
        enumeration_count,
        sum_mismatch,
        percent_mismatch,
        conversion_mismatch,
        change_mismatch,
        restatement_conflict,
        share_sum,
        rate,
        weekday_mismatch,
        relative_conflict,
        impossible,
        after_dateline,
        elapsed_mismatch,
        zone_mismatch,
    )


__all__ = ["default_rules"]
