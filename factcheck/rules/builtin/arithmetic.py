"""Built-in rules over the arithmetic a story does: rates, percentages of counts, sums of
listed parts, unit conversions written in brackets, and figures restated later.

Every written figure is read as the interval its precision allows: "86%" is [85.5, 86.5),
"8 km" is [7.5, 8.5], "160 km" is [155, 165]. A check is ``inconsistent`` only when no
reading of the figures satisfies it.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from fractions import Fraction
from typing import Any

from factcheck.document import Document
from factcheck.model import Amount, Evidence, Finding, Quantity, Verdict
from factcheck.rules.builtin.quantities import part_whole_pairs
from factcheck.rules.engine import Example, rule
from factcheck.rules.intervals import agrees, at_most

D = "2025-09-04"
#: What may stand between a part/whole pair and the percentage that restates it.
#: What may stand between a part-whole pair and the percentage restating it: one word in
#: lower case that ends the pair's phrase ("of the 9,800 votes cast, or 53%"), then a
#: comma, a bracket or a dash, and "or", "about"... ("430 of 502, or 86%").
_RESTATES = re.compile(
    r"^(?:\s+[a-z]+(?=\s*[,(\u2014\u2013-]))?"
    r"[\s,(\u2014\u2013-]*(?:or|about|some|roughly|nearly|that is)?[\s(]*$"
)
#: What may stand between a measure and its conversion: an opening bracket, or "or".
_CONVERTS = re.compile(r"^\s*(?:\(|,?\s*or\s)\s*$")
# The figure as written, its thousands commas and decimals included.
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_WORDS = re.compile(r"[a-z]+")


def _excerpt_between(doc: Document, start: int, end: int) -> str:
    return doc.text[start:end] if 0 <= start <= end else "\x00"


def precision(written: str, *, zeros_round: bool = False) -> Fraction:
    """Half the step of the last digit written: "86" gives 1/2, "85.7" 1/20, "8.50" 1/200.
    With ``zeros_round``, trailing zeros of a whole number are read as rounding ("160" gives
    5), as in a conversion ("100 miles (160 km)"); a count such as "90,000 units" is not."""
    digits = _DIGITS.search(written)
    if digits is None:
        return Fraction(1, 2)
    number = digits.group().replace(",", "")
    if "." in number:
        return Fraction(1, 2 * 10 ** len(number.split(".")[1]))
    zeros = len(number) - len(number.rstrip("0"))
    if zeros == len(number) or not zeros_round:
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


def meet(computed: Amount, written: Amount) -> Verdict:
    """Two rounded figures of one quantity agree when some reading of the one is a reading
    of the other: ``consistent`` when their intervals meet, ``inconsistent`` when they do
    not. (The true value behind a rounded figure is anywhere in its interval.)"""
    return "inconsistent" if agrees(computed, written) == "inconsistent" else "consistent"


def _show(x: int | Fraction) -> str:
    """Four significant figures, written out in full where that would need an exponent:
    "1,200,000", never "1.2e+06"."""
    shown = f"{float(x):.4g}"
    if "e" not in shown:
        return shown
    value = float(x)
    return f"{value:,.0f}" if abs(value) >= 1 else f"{value:.6f}".rstrip("0")


@rule(
    id="quantity.rate",
    title="The rate of each part of a whole, for the reader.",
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
    title="A percentage written after a part and its whole is that share.",
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
    percents: dict[int, list[Quantity]] = {}
    for q in doc.quantities:
        if q.unit == "percent":
            percents.setdefault(doc.sentence_index(q.span.start), []).append(q)
    for part, whole in part_whole_pairs(doc):
        end = max(part.span.end, whole.span.end)
        pct = next(
            (
                q
                for q in percents.get(doc.sentence_index(end), ())
                if q.span.start >= end and _RESTATES.match(_excerpt_between(doc, end, q.span.start))
            ),
            None,
        )
        computed = _ratio(part.amount, whole.amount)
        if pct is None or computed is None:
            continue
        written = _spread(pct.amount, precision(doc.excerpt(pct.number.span)))
        verdict = meet(computed, written)
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
    title="A total broken into listed figures adds up.",
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
    title="A measure and the conversion written beside it agree.",
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
        written = _spread(b.amount, _half(b, doc, zeros_round=True))
        verdict = meet(Amount(b.amount.value, _v(low), _v(high)), written)
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
    from factcheck.units import PINT_LOCK, registry

    assert a.unit is not None and b.unit is not None
    with PINT_LOCK:
        return _convert_locked(a, b, doc, registry())


def _convert_locked(
    a: Quantity, b: Quantity, doc: Document, units: Any
) -> tuple[Fraction, Fraction] | None:
    assert a.unit is not None and b.unit is not None
    # The source is read as written ("100 miles" is 99.5 to 100.5): only the conversion,
    # the figure a writer rounds to fit, may have rounded away its trailing zeros.
    half = _half(a, doc)
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


def _half(q: Quantity, doc: Document, *, zeros_round: bool = False) -> Fraction:
    """Half the step of ``q``'s last written digit, in the units of its value: "$643
    million" gives half a million, "$482.5 million" 50,000, "five pence" 0 (a number in
    words is exact)."""
    written = doc.excerpt(q.number.span)
    digits = _DIGITS.search(written)
    if digits is None:
        return Fraction(0)
    half = precision(written, zeros_round=zeros_round)
    shown = Fraction(digits.group().replace(",", ""))
    value = Fraction(q.number.amount.value)
    if shown and value and shown != value:
        half *= abs(value / shown)  # "643 million": the step is a million
    return half


def _rounded(q: Quantity, doc: Document) -> Amount:
    """``q``'s amount widened by the rounding of its written digits, scaled to its value:
    "$643 million" is 643 +- 0.5 million, "$482.5 million" 482.5 +- 0.05 million."""
    half = _half(q, doc)
    if not half:
        return q.amount
    if q.measure is not None and q.number.amount.value:
        half *= abs(Fraction(q.amount.value) / Fraction(q.number.amount.value))  # "50 cents"
    return _spread(q.amount, half)


def _percent_change(before: Amount, after: Amount) -> Amount | None:
    """(after - before) / before x 100 over the two intervals."""
    if None in (before.low, before.high, after.low, after.high):
        return None
    assert before.low is not None and before.high is not None
    assert after.low is not None and after.high is not None
    if before.low <= 0:
        return None
    b_lo, b_hi = Fraction(before.low), Fraction(before.high)
    a_lo, a_hi = Fraction(after.low), Fraction(after.high)
    value = (Fraction(after.value) / Fraction(before.value) - 1) * 100
    return Amount(_v(value) or 0, _v((a_lo / b_hi - 1) * 100), _v((a_hi / b_lo - 1) * 100))


def _negated(a: Amount) -> Amount:
    low = None if a.high is None else -Fraction(a.high)
    high = None if a.low is None else -Fraction(a.low)
    return Amount(_v(-Fraction(a.value)) or 0, _v(low), _v(high))


def _plus(a: Amount, b: Amount, sign: int) -> Amount | None:
    """a + sign x b over intervals (sign is 1 or -1)."""
    if None in (a.low, a.high, b.low, b.high):
        return None
    assert a.low is not None and a.high is not None and b.low is not None and b.high is not None
    if sign > 0:
        low, high = Fraction(a.low) + Fraction(b.low), Fraction(a.high) + Fraction(b.high)
    else:
        low, high = Fraction(a.low) - Fraction(b.high), Fraction(a.high) - Fraction(b.low)
    value = Fraction(a.value) + sign * Fraction(b.value)
    return Amount(_v(value) or 0, _v(low), _v(high))


def _same_measure(a: Quantity, b: Quantity) -> bool:
    return a.unit == b.unit and (a.unit is not None or a.noun == b.noun or not (a.noun and b.noun))


@rule(
    id="quantity.change-mismatch",
    title="A change agrees with its before and after figures.",
    severity="error",
    tags=("quantity",),
    examples=(
        Example(
            "Net profit rose 33 percent to $643 million from $482.5 million.", "pass", dateline=D
        ),
        Example(
            "Net profit rose 43 percent to $643 million from $482.5 million.", "fail", dateline=D
        ),
        Example("The index fell 120 points, or 1.5%, to 7,880.", "pass", dateline=D),
        Example("The index fell 120 points, or 2.5%, to 7,880.", "fail", dateline=D),
        Example("Sales fell to 90,000 units from 100,000 units.", "pass", dateline=D),
        Example("Sales rose to 90,000 units from 100,000 units.", "fail", dateline=D),
    ),
)
def change_mismatch(doc: Document) -> Iterator[Finding]:
    """A change agrees with its figures: its direction with the before and after figures,
    its amount with their difference, and its percentage with the difference over the
    before figure ("rose 33 percent to $643 million from $482.5 million"; "fell 120 points,
    or 1.5%, to 7,880" puts the before at 8,000). Each figure is read to the precision
    written."""
    for c in doc.changes:
        checks: list[tuple[str, Amount, Amount]] = []  # (what, computed, written)
        before = _rounded(c.before, doc) if c.before else None
        after = _rounded(c.after, doc) if c.after else None
        by = _rounded(c.by, doc) if c.by else None
        sign = 1 if c.direction == "up" else -1
        if c.before and c.after and not _same_measure(c.before, c.after):
            continue
        if c.by and (c.after or c.before) and not _same_measure(c.by, c.after or c.before):  # type: ignore[arg-type]
            by = None
        if before is None and after is not None and by is not None:
            before = _plus(after, by, -sign)  # "fell 120 points to 7,880": from 8,000
        if after is None and before is not None and by is not None:
            after = _plus(before, by, sign)
        if c.before is not None and c.after is not None:
            # The direction is what the figures as written say: "declined to $3 billion
            # from $3.2 billion" went down, whatever the rounding of "$3 billion".
            went = Fraction(c.after.amount.value) - Fraction(c.before.amount.value)
            checks.append(("direction", Amount.exact(_v(went * sign) or 0), _POSITIVE))
        if before is not None and after is not None:
            moved = _plus(after, before, -1)
            if moved is not None:
                if by is not None and c.before and c.after:
                    checks.append(("amount", moved if sign > 0 else _negated(moved), by))
            if c.by_percent is not None:
                share = _percent_change(before, after)
                if share is not None:
                    written = _rounded(c.by_percent, doc)
                    checks.append(("percent", share if sign > 0 else _negated(share), written))
        if not checks:
            continue
        verdicts = [
            _positive(computed) if what == "direction" else meet(computed, written)
            for what, computed, written in checks
        ]
        verdict: Verdict = (
            "inconsistent"
            if "inconsistent" in verdicts
            else "consistent"
            if all(v == "consistent" for v in verdicts)
            else "uncertain"
        )
        failed = [
            what for (what, _, _), v in zip(checks, verdicts, strict=True) if v != "consistent"
        ]
        text = doc.excerpt(c.span)
        evidence = [Evidence(c.verb_span, doc.excerpt(c.verb_span), "change")]
        for label, q in (
            ("by", c.by),
            ("by percent", c.by_percent),
            ("before", c.before),
            ("after", c.after),
        ):
            if q is not None:
                evidence.append(Evidence(q.span, doc.excerpt(q.span), label))
        detail = "; ".join(
            f"{what}: {_show(computed.value)}" + ("%" if what == "percent" else "")
            for what, computed, _ in checks
            if what != "direction"
        )
        yield Finding(
            rule_id="quantity.change-mismatch",
            verdict=verdict,
            severity="error",
            message=(
                f'"{text}" adds up' + (f" ({detail})" if detail else "")
                if verdict == "consistent"
                else f'"{text}" does not add up: {", ".join(failed)}'
                + (f" ({detail})" if detail else "")
            ),
            evidence=tuple(evidence),
            values={
                what: float(computed.value) for what, computed, _ in checks if what != "direction"
            },
        )


_POSITIVE = Amount(1, 0, None, low_inclusive=False)


def _positive(moved: Amount) -> Verdict:
    """Whether a change moved the way its verb says: above zero for every reading."""
    if moved.low is not None and moved.low > 0:
        return "consistent"
    if moved.high is not None and moved.high <= 0:
        return "inconsistent"
    return "uncertain"


_PLACE = re.compile(
    r"^[^.;:!?]{0,40}?\b(?:over|in|near|at|across|around|on)\s+(?:the\s+)?([A-Z][\w'-]+)"
)
#: How far apart two disjoint statements of one figure may lie and still be a loose
#: rounding rather than a contradiction: "nearly 500" for 502 is uncertain, not wrong.
_LOOSE = Fraction(5, 100)


def _place(doc: Document, q: Quantity) -> str | None:
    """The place named right after a count ("drones over Belgorod"), if any."""
    m = _PLACE.match(doc.text[q.span.end : q.span.end + 60])
    return m.group(1) if m else None


_COMPARISONS = frozenset(
    {"record", "largest", "biggest", "highest", "lowest", "previous", "earlier"}
)


def _compares(doc: Document, sentence: int) -> bool:
    """Whether a sentence compares with another event ("the record", "the largest")."""
    words = _WORDS.findall(doc.excerpt(doc.sentences[sentence].span).lower())
    return bool(set(words) & _COMPARISONS)


def _days_by_sentence(doc: Document) -> dict[int, tuple[object, object]]:
    """The first dated period named in each sentence (the dateline aside), once per text."""
    line = doc.dateline.span if doc.dateline is not None else None
    days: dict[int, tuple[object, object]] = {}
    for d in doc.dates:
        if d.reference is not None or d.first is None or d.last is None:
            continue
        if line is not None and line.start <= d.span.start < line.end:
            continue  # "KYIV, Sept 4 (Reuters) -" dates the story, not the event
        days.setdefault(doc.sentence_index(d.span.start), (d.first, d.last))
    return days


def _apart(a: tuple[object, object] | None, b: tuple[object, object] | None) -> bool:
    """Whether two sentences name days that do not overlap (two different events)."""
    if a is None or b is None:
        return False
    return bool(a[1] < b[0] or b[1] < a[0])  # type: ignore[operator]


@rule(
    id="quantity.restatement-conflict",
    title="A figure stated twice in one story agrees with itself.",
    severity="error",
    tags=("quantity",),
    examples=(
        Example(
            "Russia launched 502 drones overnight, the air force said. "
            "Officials later confirmed that Russia had launched 502 drones.",
            "pass",
            dateline=D,
        ),
        Example(
            "Russia launched 502 drones overnight, the air force said. "
            "Officials later said Russia had launched more than 600 drones.",
            "fail",
            dateline=D,
        ),
        Example(
            "Russia launched 502 drones overnight. In July, Russia launched 728 drones.",
            "pass",
            dateline=D,
        ),
    ),
)
def restatement_conflict(doc: Document) -> Iterator[Finding]:
    """A figure stated twice in one story (the same role and counted noun, the same place
    when one is named, and days that overlap when both sentences name one) agrees with
    itself: "502 drones" and then "more
    than 600 drones" for the same attack cannot both hold. Two statements whose intervals
    miss each other by less than 5% ("nearly 500" for 502) are ``uncertain``, not wrong."""
    listed = sorted(s for e in doc.enumerations for s in e.items)
    listed_starts = [s.start for s in listed]
    days = _days_by_sentence(doc)
    comparing: dict[int, bool] = {}
    moving = {
        q.span
        for c in doc.changes
        for q in (c.by, c.by_percent, c.before, c.after)
        if q is not None
    }
    first: dict[tuple[object, ...], Quantity] = {}
    for q in doc.quantities:
        if q.role is None or q.noun is None or q.unit is not None or q.cumulative:
            continue
        if q.span in moving or q.role in _CHANGE_ROLES:
            continue  # the figures of a change ("rose to 90,000 from 100,000") differ on purpose
        if q.noun_span is None or not q.span.start <= q.noun_span.start < q.span.end:
            continue  # "and 2 were freed": a count that borrows its noun is a part
        k = bisect.bisect_right(listed_starts, q.span.start) - 1
        if q.whole is not None or (k >= 0 and q.span.start < listed[k].end):
            continue  # a part, or an item of a breakdown: not the figure itself
        sentence = doc.sentence_index(q.span.start)
        if sentence not in comparing:
            comparing[sentence] = _compares(doc, sentence)
        if comparing[sentence]:
            continue  # "the record is 810 drones": another event, for comparison
        key = (q.role, q.noun, _place(doc, q))
        earlier = first.setdefault(key, q)
        if earlier is q:
            continue
        if Fraction(earlier.amount.value) <= 1 or Fraction(q.amount.value) <= 1:
            continue  # "one new share": terms of a deal, not a count of the event
        day_a = days.get(doc.sentence_index(earlier.span.start))
        day_b = days.get(sentence)
        if _apart(day_a, day_b):
            first[key] = q  # another day: a new event, and the one later counts compare to
            continue
        a, b = earlier.amount, q.amount
        verdict = agrees(a, b)
        if verdict == "uncertain":
            verdict = "consistent" if agrees(b, a) == "consistent" else "uncertain"
        if verdict == "inconsistent":
            top = max(abs(Fraction(a.value)), abs(Fraction(b.value)), Fraction(1))
            gap = min(
                abs(Fraction(x) - Fraction(y))
                for x in (a.low, a.high)
                for y in (b.low, b.high)
                if x is not None and y is not None
            )
            if gap < _LOOSE * top:
                verdict = "uncertain"
        text_a, text_b = doc.excerpt(earlier.span), doc.excerpt(q.span)
        yield Finding(
            rule_id="quantity.restatement-conflict",
            verdict=verdict,
            severity="error",
            message=(
                f'"{text_b}" restates "{text_a}" ({q.role})'
                if verdict == "consistent"
                else f'"{text_b}" ({q.role}) does not agree with "{text_a}" stated before'
            ),
            evidence=(Evidence(earlier.span, text_a, "first"), Evidence(q.span, text_b, "again")),
            values={"first": a.value, "again": b.value, "role": q.role, "noun": q.noun},
        )


def _no_share(doc: Document, q: Quantity) -> bool:
    """Whether the percentage ``q`` measures something other than a part of the whole: the
    count ("with 95% of votes counted") or the turnout ("turnout was 67%")."""
    after = _WORDS.findall(doc.text[q.span.end : q.span.end + 40].lower())
    own = _WORDS.findall(doc.excerpt(q.span).lower())
    of_what = "of" in own or (after[:1] == ["of"])
    if of_what and set(after[:5]) & doc.lexicon.share_progress:
        return True
    # "70% of phones sold": a share of another whole than the one the sentence divides.
    words = own + after if "of" in own else after
    if words[:1] == ["of"] or "of" in own:
        rest = words[words.index("of") + 1 :]
        rest = [w for w in rest if w not in ("the", "a", "an", "all", "its", "their")]
        if rest and rest[0] not in doc.lexicon.share_cues:
            return True
    before = _WORDS.findall(doc.text[max(q.span.start - 25, 0) : q.span.start].lower())
    return bool(set(before[-3:]) & doc.lexicon.share_not)


@rule(
    id="quantity.share-sum",
    title="Shares of one whole add up to 100% at most.",
    severity="error",
    tags=("quantity",),
    examples=(
        Example("Smith won 52% of the vote, Jones 45% and Brown 3%.", "pass", dateline=D),
        Example("Smith won 52% of the vote, Jones 45% and Brown 8%.", "fail", dateline=D),
        Example(
            "The coalition won 60% of the vote: Labour 35%, the Greens 20% and the Left 5%.",
            "pass",
            dateline=D,
        ),
        Example(
            "The coalition won 60% of the vote: Labour 35%, the Greens 20% and the Left 9%.",
            "fail",
            dateline=D,
        ),
    ),
)
def share_sum(doc: Document) -> Iterator[Finding]:
    """Shares of one whole, given in one sentence that names what is shared ("of the vote",
    "market share", "of the budget": ``[shares]`` in roles.toml), add up to 100% at most,
    to the precision written, or to the total share stated before a colon ("won 60% of the
    vote: Labour 35%, the Greens 20% and the Left 5%"). Percentages of a change ("rose 5%")
    are not shares."""
    changes = {c.by_percent.span for c in doc.changes if c.by_percent is not None}
    by_sentence: dict[int, list[Quantity]] = {}
    for q in doc.quantities:
        if q.unit == "percent" and q.span not in changes and q.role not in _CHANGE_ROLES:
            if not _no_share(doc, q):
                by_sentence.setdefault(doc.sentence_index(q.span.start), []).append(q)
    for index, shares in by_sentence.items():
        if len(shares) < 2:
            continue
        words = set(_WORDS.findall(doc.excerpt(doc.sentences[index].span).lower()))
        if not words & doc.lexicon.share_cues or words & doc.lexicon.share_breakers:
            continue  # no whole named, or two times compared ("60%, against 55% in 2020")
        # "The coalition won 60%: 35%, 20% and 5%": a stated total share before a colon.
        stated = None
        if len(shares) >= 3 and ":" in doc.text[shares[0].span.end : shares[1].span.start]:
            stated, shares = shares[0], shares[1:]
        total = _sum_amounts([_rounded(q, doc) for q in shares])
        if total is None:
            continue
        assert total.low is not None
        shown = " + ".join(doc.excerpt(q.number.span) for q in shares)
        if stated is not None:
            verdict: Verdict = meet(total, _rounded(stated, doc))
            whole = doc.excerpt(stated.span)
            message = (
                f'shares {shown} make {_show(total.value)}%, as "{whole}" says'
                if verdict == "consistent"
                else f'shares {shown} make {_show(total.value)}%, not "{whole}"'
            )
        else:
            # Rounded shares may add up to a little over 100 ("52 + 45 + 4"): only a sum
            # that no reading brings down to 100 is wrong.
            verdict = "consistent" if total.low <= 100 else "inconsistent"
            message = (
                f"shares {shown} make {_show(total.value)}%"
                if verdict == "consistent"
                else f"shares {shown} make {_show(total.value)}%, more than the whole"
            )
        evidence = tuple(Evidence(q.span, doc.excerpt(q.span), "share") for q in shares)
        if stated is not None:
            evidence = (Evidence(stated.span, doc.excerpt(stated.span), "total"), *evidence)
        yield Finding(
            rule_id="quantity.share-sum",
            verdict=verdict,
            severity="error",
            message=message,
            evidence=evidence,
            values={
                "sum": float(total.value),
                "shares": len(shares),
                "stated": None if stated is None else float(stated.amount.value),
            },
        )


_CHANGE_ROLES = frozenset({"increased", "decreased", "cut", "raised"})


def _sum_amounts(amounts: list[Amount]) -> Amount | None:
    if any(a.low is None or a.high is None for a in amounts):
        return None
    low = sum((Fraction(a.low) for a in amounts if a.low is not None), Fraction(0))
    high = sum((Fraction(a.high) for a in amounts if a.high is not None), Fraction(0))
    value = sum((Fraction(a.value) for a in amounts), Fraction(0))
    return Amount(_v(value) or 0, _v(low), _v(high))
