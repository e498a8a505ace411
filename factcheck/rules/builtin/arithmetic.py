"""Built-in rules over the arithmetic a story does: rates, percentages of counts, sums of
listed parts, unit conversions written in brackets, and figures restated later.

Every written figure is read as the interval its precision allows: "86%" is [85.5, 86.5),
"8 km" is [7.5, 8.5], "160 km" is [155, 165]. A check is ``inconsistent`` only when no
reading of the figures satisfies it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from fractions import Fraction

from factcheck.document import Document
from factcheck.model import Amount, Evidence, Finding, Quantity
from factcheck.rules.builtin.quantities import part_whole_pairs
from factcheck.rules.engine import Example, rule
from factcheck.rules.intervals import agrees, at_most

D = "2025-09-04"
#: What may stand between a part/whole pair and the percentage that restates it.
_RESTATES = re.compile(r"^[\s,(\u2014\u2013-]*(?:or|about|some|roughly|nearly|that is)?[\s(]*$")
#: What may stand between a measure and its conversion: an opening bracket, or "or".
_CONVERTS = re.compile(r"^\s*(?:\(|,?\s*or\s)\s*$")


def _excerpt_between(doc: Document, start: int, end: int) -> str:
    return doc.text[start:end] if 0 <= start <= end else "\x00"


def precision(written: str) -> Fraction:
    """Half the step of the last digit written: "86" gives 1/2, "85.7" 1/20, "160" 5 (a
    trailing zero of a whole number is read as rounding), "8.50" 1/200."""
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", written)
    if digits is None:
        return Fraction(1, 2)
    number = digits.group().replace(",", "")
    if "." in number:
        return Fraction(1, 2 * 10 ** len(number.split(".")[1]))
    zeros = len(number) - len(number.rstrip("0"))
    if zeros == len(number):
        return Fraction(1, 2)
    return Fraction(10**zeros, 2)


def _spread(amount: Amount, half: Fraction) -> Amount:
    """``amount`` widened by the rounding its written figure allows."""
    low = None if amount.low is None else Fraction(amount.low) - half
    high = None if amount.high is None else Fraction(amount.high) + half
    return Amount(amount.value, _v(low), _v(high), hedge=amount.hedge)


def _v(x: Fraction | None) -> int | Fraction | None:
    if x is None:
        return None
    return int(x) if x.denominator == 1 else x


def _ratio(part: Amount, whole: Amount) -> Amount | None:
    """part / whole x 100 as an interval, when both ends are known and positive."""
    if None in (part.low, part.high, whole.low, whole.high) or not whole.low:
        return None
    assert part.low is not None and part.high is not None
    assert whole.low is not None and whole.high is not None
    if whole.low <= 0:
        return None
    value = Fraction(part.value) / Fraction(whole.value) * 100 if whole.value else Fraction(0)
    low = Fraction(part.low) / Fraction(whole.high) * 100
    high = Fraction(part.high) / Fraction(whole.low) * 100
    return Amount(_v(value) or 0, _v(low), _v(high), hedge=None if low == high else "ratio")


def _show(x: int | Fraction) -> str:
    return f"{float(x):.4g}"


@rule(
    id="quantity.rate",
    severity="info",
    tags=("quantity", "info"),
    examples=(
        Example(
            "Russia launched 502 drones. The air force said 430 of the drones were shot down.",
            "pass",
            dateline=D,
        ),
        Example("Rescuers found 28 out of 31 miners alive.", "pass", dateline=D),
    ),
)
def rate(doc: Document) -> Iterator[Finding]:
    """The rate of each part of a whole, for the reader: "430 intercepted of 502 drones:
    85.7%". Information only: it never reports a problem. A part larger than its whole has
    no rate here; ``quantity.part-exceeds-whole`` reports it."""
    for part, whole in part_whole_pairs(doc):
        if not whole.amount.value or at_most(part.amount, whole.amount) == "inconsistent":
            continue
        share = Fraction(part.amount.value) / Fraction(whole.amount.value)
        text_p, text_w = doc.excerpt(part.number.span), doc.excerpt(whole.span)
        role = f" {part.role}" if part.role else ""
        yield Finding(
            rule_id="quantity.rate",
            verdict="consistent",
            severity="info",
            message=f"{text_p}{role} of {text_w}: {float(share):.1%}",
            evidence=(
                Evidence(part.span, doc.excerpt(part.span), "part"),
                Evidence(whole.span, text_w, "whole"),
            ),
            values={"part": part.amount.value, "whole": whole.amount.value, "rate": float(share)},
        )


@rule(
    id="quantity.percent-mismatch",
    severity="error",
    tags=("quantity",),
    examples=(
        Example("The air force shot down 430 of the 502 drones, or 86%.", "pass", dateline=D),
        Example("The air force shot down 430 of the 502 drones, or 76%.", "fail", dateline=D),
        Example(
            "Officials said 12 of the 40 schools (30 percent) had reopened.", "pass", dateline=D
        ),
    ),
)
def percent_mismatch(doc: Document) -> Iterator[Finding]:
    """A percentage written right after a part and its whole ("430 of 502, or 86 %") is
    that share, to the precision written: "86%" allows [85.5, 86.5)."""
    percents = [q for q in doc.quantities if q.unit == "percent"]
    for part, whole in part_whole_pairs(doc):
        end = max(part.span.end, whole.span.end)
        sentence = doc.sentence_index(end)
        pct = next(
            (
                q
                for q in percents
                if q.span.start >= end
                and doc.sentence_index(q.span.start) == sentence
                and _RESTATES.match(_excerpt_between(doc, end, q.span.start))
            ),
            None,
        )
        computed = _ratio(part.amount, whole.amount)
        if pct is None or computed is None:
            continue
        written = _spread(pct.amount, precision(doc.excerpt(pct.number.span)))
        verdict = agrees(computed, written)
        text = doc.excerpt(pct.span)
        pair = f"{doc.excerpt(part.number.span)} of {doc.excerpt(whole.span)}"
        yield Finding(
            rule_id="quantity.percent-mismatch",
            verdict=verdict,
            severity="error",
            message=(
                f'"{text}" is {pair}'
                if verdict == "consistent"
                else f'"{text}", but {pair} is {_show(computed.value)}%'
            ),
            evidence=(
                Evidence(pct.span, text, "percent"),
                Evidence(part.span, doc.excerpt(part.span), "part"),
                Evidence(whole.span, doc.excerpt(whole.span), "whole"),
            ),
            values={"written": pct.amount.value, "computed": float(computed.value)},
        )


@rule(
    id="quantity.sum-mismatch",
    severity="error",
    tags=("quantity",),
    examples=(
        Example(
            "Air defences downed 56 drones: 11 over Belgorod, 28 over Voronezh and 17 over Rostov.",
            "pass",
            dateline=D,
        ),
        Example(
            "Air defences downed 56 drones: 11 over Belgorod, 28 over Voronezh and 27 over Rostov.",
            "fail",
            dateline=D,
        ),
        Example(
            "The strike killed 12 people, including five children and three women.",
            "pass",
            dateline=D,
        ),
        Example(
            "The strike killed 6 people, including five children and three women.",
            "fail",
            dateline=D,
        ),
    ),
)
def sum_mismatch(doc: Document) -> Iterator[Finding]:
    """A total broken into listed figures adds up: "56 drones: 11 over Belgorod, 28 over
    Voronezh and 17 over Rostov". Figures after "including" are a subset of the total, not
    a breakdown: they may add up to less, never to more."""
    for e in doc.enumerations:
        if not e.numeric:
            continue
        stated = e.stated.amount
        verdict = agrees(e.count, stated) if e.complete else at_most(e.count, stated)
        said = doc.excerpt(e.stated.span)
        total = _show(e.count.value)
        kind = "add up to" if e.complete else "include"
        yield Finding(
            rule_id="quantity.sum-mismatch",
            verdict=verdict,
            severity="error",
            message=(
                f'the parts of "{said}" {kind} {total}'
                if verdict == "consistent"
                else f'"{said}", but the parts listed {kind} {total}'
            ),
            evidence=(
                Evidence(e.stated.span, said, "total"),
                *(Evidence(s, doc.excerpt(s), "part") for s in e.items),
            ),
            values={
                "stated": stated.value,
                "sum": e.count.value,
                "parts": len(e.items),
                "complete": e.complete,
            },
        )


@rule(
    id="quantity.conversion-mismatch",
    severity="error",
    tags=("quantity", "unit"),
    examples=(
        Example("The convoy stretched for 5 miles (8 km).", "pass", dateline=D),
        Example("The convoy stretched for 5 miles (18 km).", "fail", dateline=D),
        Example("Temperatures reached 40C (104F) in Seville.", "pass", dateline=D),
        Example("Temperatures reached 40C (114F) in Seville.", "fail", dateline=D),
    ),
)
def conversion_mismatch(doc: Document) -> Iterator[Finding]:
    """A measure and its conversion written beside it ("5 miles (8 km)", "40C (104F)")
    agree through pint, to the precision each is written with."""
    measures = [q for q in doc.quantities if q.unit and not _money(q.unit) and q.unit != "percent"]
    for a, b in itertools.pairwise(measures):
        between = _excerpt_between(doc, a.span.end, b.span.start)
        if not _CONVERTS.match(between) or a.unit == b.unit:
            continue
        converted = _convert(a, b, doc)
        if converted is None:
            continue
        low, high = converted
        written = _spread(b.amount, precision(doc.excerpt(b.number.span)))
        verdict = agrees(Amount(b.amount.value, _v(low), _v(high)), written)
        if verdict == "uncertain":
            verdict = "consistent"  # the two roundings overlap: some reading agrees
        text_a, text_b = doc.excerpt(a.span), doc.excerpt(b.span)
        middle = _show((low + high) / 2)
        yield Finding(
            rule_id="quantity.conversion-mismatch",
            verdict=verdict,
            severity="error",
            message=(
                f'"{text_a}" is "{text_b}"'
                if verdict == "consistent"
                else f'"{text_a}" is about {middle} {b.unit}, not "{text_b}"'
            ),
            evidence=(Evidence(a.span, text_a, "measure"), Evidence(b.span, text_b, "conversion")),
            values={"converted": float((low + high) / 2), "written": float(b.amount.value)},
        )


def _money(unit: str) -> bool:
    return len(unit) == 3 and unit.isupper()


def _convert(a: Quantity, b: Quantity, doc: Document) -> tuple[Fraction, Fraction] | None:
    """The interval ``a`` allows (its written precision included) in ``b``'s unit, or None
    when the two units measure different things."""
    from factcheck.units import registry

    assert a.unit is not None and b.unit is not None
    units = registry()
    half = precision(doc.excerpt(a.number.span))
    ends = []
    for x in (Fraction(a.amount.value) - half, Fraction(a.amount.value) + half):
        try:
            # Floats: pint's offset units (degrees) do not take Decimals, and a conversion
            # is compared at the written precision, far coarser than a float's.
            q = units.Quantity(float(x), a.unit)
            ends.append(Fraction(q.to(b.unit).magnitude).limit_denominator(10**9))
        except Exception:  # pint: different dimensions, or a unit it cannot convert
            return None
    return min(ends), max(ends)
