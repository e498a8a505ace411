"""Built-in rules over counts: parts against wholes, lists against their stated count."""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

from factcheck.document import Document
from factcheck.model import Evidence, Finding, Quantity, Value
from factcheck.rules.engine import Example, rule
from factcheck.rules.intervals import agrees, at_most

# How far back a whole may stand from its part, in sentences.
_WHOLE_WINDOW = 3
# and in counts, so a sentence-long list of numbers stays linear.
_MAX_BACK = 30


def _number(value: Value) -> str:
    return str(value) if isinstance(value, int) else f"{float(value):.4g}"


def _whole_by_role(doc: Document, index: int) -> Quantity | None:
    """The nearest earlier count of the same noun whose role is the whole of this role
    ("launched" for "intercepted"), within a few sentences of the same paragraph."""
    q = doc.quantities[index]
    wholes = doc.lexicon.part_of.get(q.role or "")
    if not wholes or q.noun is None:
        return None
    here = doc.sentence_index(q.span.start)
    paragraph = doc.paragraph_of(q.span.start)
    for k in range(index - 1, max(index - _MAX_BACK, 0) - 1, -1):
        other = doc.quantities[k]
        there = doc.sentence_index(other.span.start)
        if here - there > _WHOLE_WINDOW or doc.sentences[there].paragraph != paragraph:
            break
        if (
            other.role in wholes
            and other.noun == q.noun
            and other.unit is None
            and other.cumulative == q.cumulative
        ):
            return other
    return None


def part_whole_pairs(doc: Document) -> Iterator[tuple[Quantity, Quantity]]:
    """Every count and the whole it is a part of: by a partitive ("430 of the 502 drones",
    "28 out of 31") or by role (intercepted of launched, same noun, a few sentences back)."""
    for index, part in enumerate(doc.quantities):
        whole = part.whole if part.whole is not None else _whole_by_role(doc, index)
        if whole is None or part.unit is not None or whole.unit is not None:
            continue
        if part.noun and whole.noun and part.noun != whole.noun:
            continue
        yield part, whole


@rule(
    id="quantity.part-exceeds-whole",
    severity="error",
    tags=("quantity",),
    examples=(
        Example(
            "Russia launched 502 drones overnight. "
            "The air force said 430 of the drones were shot down.",
            "pass",
            dateline="2025-09-04",
        ),
        Example(
            "Russia launched 502 drones overnight. "
            "The air force said 530 of the drones were shot down.",
            "fail",
            dateline="2025-09-04",
        ),
        Example("Rescuers found 28 out of 31 miners alive.", "pass", dateline="2025-09-04"),
        Example("Rescuers found 33 out of 31 miners alive.", "fail", dateline="2025-09-04"),
    ),
)
def part_exceeds_whole(doc: Document) -> Iterator[Finding]:
    """A part is never larger than its whole.

    Checks "N of the M X", "N out of M", "N of the X" against the earlier count of X, and
    counts whose role is part of another role's count (intercepted of launched, as set in
    roles.toml) for the same counted noun. A consistent pair reports the rate.
    """
    for part, whole in part_whole_pairs(doc):
        verdict = at_most(part.amount, whole.amount)
        p, w = part.amount.value, whole.amount.value
        rate = float(Fraction(p) / Fraction(w)) if w else None
        noun = part.noun or whole.noun or "items"
        text_p, text_w = doc.excerpt(part.number.span), doc.excerpt(whole.span)
        roles = f" {part.role}" if part.role else ""
        if verdict == "consistent":
            share = f" ({rate:.1%})" if rate is not None else ""
            message = f"{text_p}{roles} of {text_w}{share}"
        elif verdict == "inconsistent":
            message = f"{text_p}{roles} exceeds the whole, {text_w}"
        else:
            message = f"{text_p}{roles} may exceed the whole, {text_w}"
        evidence = [
            Evidence(part.span, doc.excerpt(part.span), "part"),
            Evidence(whole.span, doc.excerpt(whole.span), "whole"),
        ]
        yield Finding(
            rule_id="quantity.part-exceeds-whole",
            verdict=verdict,
            severity="error",
            message=message,
            evidence=tuple(evidence),
            values={
                "part": p,
                "whole": w,
                "rate": rate,
                "noun": noun,
                "part_role": part.role,
                "whole_role": whole.role,
            },
        )


@rule(
    id="quantity.enumeration-count",
    severity="error",
    tags=("quantity",),
    examples=(
        Example(
            "Four countries pledged troops: France, Germany, Poland and Spain.",
            "pass",
            dateline="2025-09-04",
        ),
        Example(
            "Five countries pledged troops: France, Germany and two Gulf states.",
            "fail",
            dateline="2025-09-04",
        ),
        Example(
            "At least seven countries pledged troops: "
            "France, Germany, Poland, Spain and three Gulf states.",
            "pass",
            dateline="2025-09-04",
        ),
    ),
)
def enumeration_count(doc: Document) -> Iterator[Finding]:
    """A stated count matches the items listed after it.

    "at least seven countries: A, B, C, D and three Gulf states" counts 4 + 3. A list after
    "including" or "such as" is a sample: it may be shorter, never longer.
    """
    for e in doc.enumerations:
        if e.numeric:
            continue  # a total broken into figures: quantity.sum-mismatch
        stated = e.stated.amount
        verdict = agrees(e.count, stated) if e.complete else at_most(e.count, stated)
        listed = _number(e.count.value)
        said = doc.excerpt(e.stated.span)
        kind = "lists" if e.complete else "names as examples"
        if verdict == "consistent":
            message = f'"{said}" and the text {kind} {listed}'
        else:
            message = f'"{said}" but the text {kind} {listed}'
        yield Finding(
            rule_id="quantity.enumeration-count",
            verdict=verdict,
            severity="error",
            message=message,
            evidence=(
                Evidence(e.stated.span, said, "stated"),
                *(Evidence(s, doc.excerpt(s), "item") for s in e.items),
            ),
            values={
                "stated": stated.value,
                "counted": e.count.value,
                "items": len(e.items),
                "complete": e.complete,
            },
        )
