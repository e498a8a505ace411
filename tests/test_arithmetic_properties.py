"""Property tests of the arithmetic rules: consistent figures rendered into news sentences
never raise a problem, and one corrupted figure is reported by exactly the rule it breaks."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck

D = "2025-09-04"


def broken(text: str) -> set[str]:
    """The rules that find an inconsistency in ``text``."""
    report = factcheck.check(text, dateline=D)
    return {f.rule_id for f in report.findings if f.verdict == "inconsistent"}


def flagged(text: str) -> set[str]:
    """The rules that report any problem in ``text``."""
    report = factcheck.check(text, dateline=D)
    return {f.rule_id for f in report.findings if f.is_problem}


counts = st.integers(min_value=2, max_value=5000)


@settings(max_examples=60, deadline=None)
@given(whole=counts, share=st.fractions(min_value=0, max_value=1), extra=counts)
def test_part_and_whole(whole: int, share: object, extra: int) -> None:
    part = int(whole * share)  # type: ignore[operator]
    story = (
        "Russia launched {w} drones overnight. The air force said {p} of the drones were shot down."
    )
    assert flagged(story.format(w=whole, p=part)) == set()
    assert broken(story.format(w=whole, p=whole + extra)) == {"quantity.part-exceeds-whole"}


@settings(max_examples=60, deadline=None)
@given(
    whole=st.integers(min_value=10, max_value=5000),
    share=st.fractions(0, 1),
    off=st.integers(2, 40),
)
def test_percentage_of_a_part(whole: int, share: object, off: int) -> None:
    part = int(whole * share)  # type: ignore[operator]
    exact = part * 100 / whole
    pct = round(exact)
    story = "The air force shot down {p} of the {w} drones, or {pct}%."
    assert flagged(story.format(p=part, w=whole, pct=pct)) == set()
    wrong = pct + off if pct + off <= 100 else pct - off
    assert broken(story.format(p=part, w=whole, pct=wrong)) == {"quantity.percent-mismatch"}


@settings(max_examples=60, deadline=None)
@given(parts=st.lists(st.integers(1, 900), min_size=3, max_size=3), off=st.integers(1, 50))
def test_total_and_its_parts(parts: list[int], off: int) -> None:
    a, b, c = parts
    story = (
        "Air defences downed {t} drones: {a} over Belgorod, {b} over Voronezh and {c} over Rostov."
    )
    assert flagged(story.format(t=a + b + c, a=a, b=b, c=c)) == set()
    assert broken(story.format(t=a + b + c + off, a=a, b=b, c=c)) == {"quantity.sum-mismatch"}


@settings(max_examples=60, deadline=None)
@given(before=st.integers(100, 90_000), rise=st.integers(1, 90), off=st.integers(3, 40))
def test_change_and_its_percentage(before: int, rise: int, off: int) -> None:
    after = before + before * rise // 100
    pct = round((after - before) * 100 / before)
    story = "Sales rose {pct}% to {a} units from {b} units."
    assert flagged(story.format(pct=pct, a=after, b=before)) == set()
    assert broken(story.format(pct=pct + off, a=after, b=before)) == {"quantity.change-mismatch"}
