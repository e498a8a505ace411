"""Accuracy of factcheck's numbers and quantities on the Recognizers-Text English test specs.

Run:  python benchmarks/accuracy_numbers.py [--data DIR] [--show-misses FILE] [--no-baseline]

The specs are read from ``../shared/benchmarks/recognizers-text/`` beside the project (never
copied into it; ``--data`` points at another ``benchmarks`` folder). quantulum3 is scored the same
way in the same run when it can be imported (``pip install quantulum3``); without it only
factcheck is scored.

How a file is scored
--------------------
Every case of a file is scored, including the ones marked ``NotSupported`` /
``NotSupportedByDesign`` (ports of Recognizers-Text that fail them; the reference .NET port passes
most): the ``not-supported`` column counts those cases, and a second table gives factcheck's F1
on them apart from the others.

A predicted item matches a gold item when their character spans overlap (gold ``End`` is
inclusive and is turned into a half-open span) and their values are equal: relative tolerance
1e-9 (``|a - b| <= 1e-9 * max(|a|, |b|)``), since the spec rounds to 15 significant digits
("103.666666666667") and quantulum3 returns floats. Matching is one-to-one, largest overlap
first. precision = TP / (TP + FP), recall = TP / (TP + FN), F1 = 2TP / (2TP + FP + FN).

Gold items with no numeric value (relative ordinals "last" = ``end+0``, a bare "percent" =
``null``, a bare "dollar" or "fahrenheit" without a number) are left out of the scores, and a
prediction that matches nothing but overlaps one of them is not counted as a false positive;
their number is printed under the tables.

Which predictions are compared, per file (factcheck; quantulum3):

- NumberModel: ``report.numbers`` of every kind but "ordinal" and "percent" ("cardinal",
  "fraction"), by ``amount.value``; quantulum3: every quantity whose unit is not "percentage".
- NumberRangeModel: the numbers NumberModel takes, as intervals (``amount.low/high`` and their
  inclusivity); quantulum3: the same quantities as ``[value - uncertainty, value + uncertainty]``.
  A single number (not a range) is compared only with a gold range of one point ("[20,20]") and
  is never a false positive.
- OrdinalModel: numbers of kind "ordinal"; quantulum3 has no ordinals, so it predicts none.
- PercentModel: numbers of kind "percent" (value = the percentage number, 25 for "25%");
  quantulum3: quantities with unit "percentage".
- Age, Currency, Dimension, TemperatureModel: ``report.quantities`` whose unit is of the file's
  kind: age = a pint unit of time; currency = an ISO 4217 code; dimension = any other pint unit
  with a dimension, plus the angle and information units (dimensionless in pint); temperature =
  a pint ``[temperature]`` unit, or a bare "degree". quantulum3: quantities whose unit, mapped to
  the same canonical form (``QUANTULUM_UNITS``, ``QUANTULUM_MINOR``, ``_quantulum_unit``), is
  of the file's kind.

A NumberWithUnit file annotates only its own kind (a percentage in AgeModel is not gold), hence
the filter. Two metrics there: ``value`` (the number alone) and ``value+unit`` (the number and
the unit). Units are compared after mapping both sides to a canonical form: an ISO 4217 code for
money, and pint's name of the unit otherwise (``str(ureg.Unit(...))``, so "tonne" and
"metric_ton" are one). A minor currency unit like "Cent" becomes its major currency and scales
the value by 1/100, for both metrics: "50 cents" is 0.5 USD.
The spec's unit names and what each may match are in ``GOLD_CURRENCIES``, ``GOLD_UNITS`` and
``GOLD_TEMPERATURES`` below; a spec name that does not say which one it is ("Dollar", "Franc",
"Rupee", "Ton", a temperature's "Degree") accepts any of the currencies or units it can mean.

Ranges: a gold open end ("(,100]") matches an open end, or, when the upper end is positive, a
lower end of 0 inclusive: factcheck bounds a hedged count at zero ("fewer than a thousand" ->
``[0, 1000)``). Inclusivity is compared on every finite end.

``--show-misses FILE`` lists factcheck's false negatives and false positives for one file (value
for Number*, value+unit for the others; ``--metric`` picks the other) under a short reason: what
ours did ("ours covers only part of the text", "number found, no unit", "spurious"...), then,
for numbers and units, the written form of the gold text that explains it ("word fraction",
"currency sign apart from the number"; ``NUMBER_FORMS``, ``UNIT_FORMS``). A false positive that
overlaps a missed gold item is shown with that item, not counted again.

Times are the seconds each system spends on the distinct inputs of all eight files (an input
repeated across files is parsed once), after one warm-up call; no KB/s, the inputs are tiny.
"""

from __future__ import annotations

import argparse
import json
import re
import time
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from functools import cache
from pathlib import Path
from typing import Any

from scoring import greedy_pairs

import factcheck

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"
DATELINE = "2025-09-04"
REL_TOL = Fraction(1, 10**9)

#: (file stem, path under recognizers-text/, kind of fact compared)
FILES = [
    ("NumberModel", "Number/English/NumberModel.json", "number"),
    ("NumberRangeModel", "Number/English/NumberRangeModel.json", "range"),
    ("OrdinalModel", "Number/English/OrdinalModel.json", "ordinal"),
    ("PercentModel", "Number/English/PercentModel.json", "percent"),
    ("AgeModel", "NumberWithUnit/English/AgeModel.json", "age"),
    ("CurrencyModel", "NumberWithUnit/English/CurrencyModel.json", "currency"),
    ("DimensionModel", "NumberWithUnit/English/DimensionModel.json", "dimension"),
    ("TemperatureModel", "NumberWithUnit/English/TemperatureModel.json", "temperature"),
]
UNIT_KINDS = {"age", "currency", "dimension", "temperature"}
NUMBER_KINDS = {"number", "percent"}  # whose misses are grouped by the form of the gold text

# --- The spec's unit names and the canonical units each one may match ------------------------

DOLLARS = frozenset({"USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD"})
#: Currency names the spec writes without ``isoCurrency``: (ISO codes accepted, value scale).
#: A bare "Dollar" is any dollar (factcheck reads "$" as USD); minor units scale to the major one.
GOLD_CURRENCIES: dict[str, tuple[frozenset[str], Fraction]] = {
    "Dollar": (DOLLARS, Fraction(1)),
    "Pound": (frozenset({"GBP"}), Fraction(1)),
    "Franc": (frozenset({"CHF", "FRF", "BEF", "LUF", "XOF", "XAF"}), Fraction(1)),
    "Rupee": (frozenset({"INR", "PKR", "LKR", "NPR"}), Fraction(1)),
    "Peseta": (frozenset({"ESP"}), Fraction(1)),
    "Finnish markka": (frozenset({"FIM"}), Fraction(1)),
    "Netherlands guilder": (frozenset({"NLG"}), Fraction(1)),
    "Bitcoin": (frozenset({"BTC", "XBT"}), Fraction(1)),
    "Cent": (DOLLARS | {"EUR"}, Fraction(1, 100)),
    "Pence": (frozenset({"GBP"}), Fraction(1, 100)),
    "Penny": (frozenset({"GBP"}), Fraction(1, 100)),
    "Sen": (frozenset({"JPY", "MYR", "IDR"}), Fraction(1, 100)),
    "Satoshi": (frozenset({"BTC", "XBT"}), Fraction(1, 10**8)),
}
#: Dimension and age unit names -> pint unit expressions (any of them matches).
GOLD_UNITS: dict[str, tuple[str, ...]] = {
    "Year": ("year",),
    "Month": ("month",),
    "Week": ("week",),
    "Day": ("day",),
    "Age": ("year",),
    "Meter": ("meter",),
    "Kilometer": ("kilometer",),
    "Decimeter": ("decimeter",),
    "Millimeter": ("millimeter",),
    "Picometer": ("picometer",),
    "Mile": ("mile",),
    "Foot": ("foot",),
    "Inch": ("inch",),
    "Square meter": ("meter ** 2",),
    "Square kilometer": ("kilometer ** 2",),
    "Acre": ("acre",),
    "Cubic foot": ("foot ** 3",),
    "Milliliter": ("milliliter",),
    "Gallon": ("gallon",),
    "Barrel": ("barrel", "oil_barrel"),
    "Cup": ("cup",),
    "Tablespoon": ("tablespoon",),
    "Teaspoon": ("teaspoon",),
    "Gram": ("gram",),
    "Kilogram": ("kilogram",),
    "Microgram": ("microgram",),
    "Pound": ("pound",),
    "Ounce": ("ounce",),
    "Dram": ("dram",),
    "Ton": ("ton", "metric_ton", "long_ton"),
    "Metric ton": ("metric_ton",),
    "Mile per hour": ("mile / hour",),
    "Kilometer per hour": ("kilometer / hour",),
    "Meter per millisecond": ("meter / millisecond",),
    "Centimeter per millisecond": ("centimeter / millisecond",),
    "Kilometer per millisecond": ("kilometer / millisecond",),
    "Bit": ("bit",),
    "Megabit": ("megabit",),
    "Megabyte": ("megabyte",),
    "Degree": ("degree",),
    "Radian": ("radian",),
    "Turn": ("turn",),
}
#: TemperatureModel: "C", "F", and a "Degree" that says neither.
GOLD_TEMPERATURES: dict[str, tuple[str, ...]] = {
    "C": ("degree_Celsius",),
    "F": ("degree_Fahrenheit",),
    "Degree": ("degree_Celsius", "degree_Fahrenheit", "degree"),
}
#: quantulum3 unit names that the generic rules in ``_quantulum_unit`` do not turn into pint.
QUANTULUM_UNITS: dict[str, str | None] = {
    "dimensionless": None,
    "percentage": "percent",
    "degree Celsius": "degree_Celsius",
    "degree fahrenheit": "degree_Fahrenheit",
    "degree angle": "degree",
    "pound-mass": "pound",
    "tonne": "metric_ton",
    "second of arc": "arcsecond",
    "minute of arc": "arcminute",
}
#: quantulum3 money units without a ``currency_code``: (ISO code, value scale).
QUANTULUM_MINOR = {"cent": ("USD", Fraction(1, 100)), "penny": ("GBP", Fraction(1, 100))}
ANGLES = {"degree", "radian", "turn", "arcminute", "arcsecond"}
ISO_CODE = re.compile(r"[A-Z]{3}")


# --- Values ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Interval:
    low: Fraction | None
    high: Fraction | None
    low_inclusive: bool = True
    high_inclusive: bool = True

    @property
    def is_point(self) -> bool:
        return self.low is not None and self.low == self.high


Val = Fraction | Interval


def close(a: Fraction, b: Fraction) -> bool:
    return a == b or abs(a - b) <= REL_TOL * max(abs(a), abs(b))


def same_value(gold: Val, pred: Val) -> bool:
    if isinstance(gold, Interval) or isinstance(pred, Interval):
        return isinstance(gold, Interval) and isinstance(pred, Interval) and same_range(gold, pred)
    return close(gold, pred)


def _same_end(gold: Fraction | None, pred: Fraction | None) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    return close(gold, pred)


def same_bounds(gold: Interval, pred: Interval) -> bool:
    low_ok = _same_end(gold.low, pred.low) or (
        gold.low is None and pred.low == 0 and gold.high is not None and gold.high > 0
    )
    return low_ok and _same_end(gold.high, pred.high)


def same_range(gold: Interval, pred: Interval) -> bool:
    if not same_bounds(gold, pred):
        return False
    if gold.low is not None and gold.low_inclusive != pred.low_inclusive:
        return False
    return gold.high is None or gold.high_inclusive == pred.high_inclusive


def parse_number(text: str | None) -> Fraction | None:
    if text is None:
        return None
    try:
        return Fraction(Decimal(text.strip().rstrip("%")))
    except (InvalidOperation, ValueError):
        return None  # "end+0", "current+1", "null"


def parse_range(text: str | None) -> Interval | None:
    match = re.fullmatch(r"([\[(])([^,]*),([^,]*)([\])])", (text or "").strip())
    if not match:
        return None
    low, high = (parse_number(part) if part else None for part in match.group(2, 3))
    return Interval(low, high, match.group(1) == "[", match.group(4) == "]")


def to_fraction(value: Any) -> Fraction:
    return value if isinstance(value, Fraction) else Fraction(value)


def fmt(value: Val | None) -> str:
    if value is None:
        return "?"
    if isinstance(value, Interval):
        low = "" if value.low is None else fmt(value.low)
        high = "" if value.high is None else fmt(value.high)
        left, right = "[" if value.low_inclusive else "(", "]" if value.high_inclusive else ")"
        return f"{left}{low},{high}{right}"
    if value.denominator == 1:
        return str(value.numerator)
    return f"{float(value):.10g}"


# --- Units -----------------------------------------------------------------------------------


@cache
def _registry() -> Any:
    import pint

    return pint.UnitRegistry()


@cache
def pint_name(expression: str) -> str | None:
    """pint's canonical name of a unit expression, or None when pint does not know it."""
    try:
        return str(_registry().Unit(expression))
    except Exception:
        return None


@cache
def unit_kinds(unit: str | None) -> frozenset[str]:
    """Which NumberWithUnit files a canonical unit belongs to."""
    if unit is None:
        return frozenset()
    if ISO_CODE.fullmatch(unit):
        return frozenset({"currency"})
    dims = dict(_registry().Unit(unit).dimensionality)
    if dims == {"[temperature]": 1}:
        return frozenset({"temperature"})
    if dims == {"[time]": 1}:
        return frozenset({"age"})
    if unit == "degree":
        return frozenset({"dimension", "temperature"})
    if dims or unit in ANGLES or unit.endswith(("bit", "byte")):
        return frozenset({"dimension"})
    return frozenset()  # percent, dozen, ...


def _gold_unit(kind: str, resolution: dict[str, Any]) -> tuple[frozenset[str], Fraction]:
    name = resolution.get("unit") or ""
    if kind == "currency":
        if resolution.get("isoCurrency"):
            return frozenset({resolution["isoCurrency"]}), Fraction(1)
        if name in GOLD_CURRENCIES:
            return GOLD_CURRENCIES[name]
    else:
        table = GOLD_TEMPERATURES if kind == "temperature" else GOLD_UNITS
        names = {pint_name(expr) for expr in table.get(name, ())}
        if names and None not in names:
            return frozenset(n for n in names if n), Fraction(1)
    return frozenset({f"unmapped:{name}"}), Fraction(1)


def _ours_unit(unit: str) -> str | None:
    return unit if ISO_CODE.fullmatch(unit) else pint_name(unit)


def _quantulum_unit(unit: Any) -> tuple[str | None, Fraction]:
    code = getattr(unit, "currency_code", None)
    if code:
        return code, Fraction(1)
    name = unit.name
    if name in QUANTULUM_MINOR:
        return QUANTULUM_MINOR[name]
    if name in QUANTULUM_UNITS:
        expr = QUANTULUM_UNITS[name]
        return (pint_name(expr) if expr else None), Fraction(1)
    expr = name.replace("metre", "meter").replace("litre", "liter").replace(" per ", " / ")
    expr = re.sub(r"\bsquare (\w+)", r"\1 ** 2", expr)
    expr = re.sub(r"\bcubic (\w+)", r"\1 ** 3", expr)
    expr = re.sub(r"(?<=\w) (?=\w)", "_", expr)
    return pint_name(expr), Fraction(1)


# --- Items and matching ----------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """A gold or predicted item of one case; ``end`` is exclusive."""

    start: int
    end: int
    text: str
    value: Val | None
    units: frozenset[str] = frozenset()
    optional: bool = False
    """A prediction that is never a false positive (a single number in NumberRangeModel)."""
    note: str = ""

    def overlaps(self, other: Item) -> bool:
        return self.start < other.end and other.start < self.end

    def show(self) -> str:
        unit = f" {'|'.join(sorted(self.units))}" if self.units else ""
        note = f" ({self.note})" if self.note else ""
        return f"{self.text!r}={fmt(self.value)}{unit}{note}"


@dataclass
class Case:
    index: int
    text: str
    gold: list[Item]
    unscored: list[Item]
    not_supported: str | None


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Score) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    def cell(self) -> str:
        p = f"{self.tp / (self.tp + self.fp):.3f}" if self.tp + self.fp else "n/a"
        r = f"{self.tp / (self.tp + self.fn):.3f}" if self.tp + self.fn else "n/a"
        return f"{p} / {r} / {self.f1:.3f}"

    def f1_cell(self) -> str:
        return f"{self.f1:.3f}" if self.tp + self.fp + self.fn else "n/a"

    @property
    def f1(self) -> float:
        total = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / total if total else 0.0


@dataclass
class Outcome:
    """The matching of one case for one metric."""

    score: Score
    pairs: dict[int, int]  # gold index -> prediction index
    false_positives: list[int]
    excused: set[int] = field(default_factory=set)  # overlap an unscored gold item


def matches(metric: str, gold: Item, pred: Item) -> bool:
    if gold.value is None or pred.value is None or not same_value(gold.value, pred.value):
        return False
    return metric == "value" or bool(gold.units & pred.units)


def match_case(case: Case, preds: list[Item], metric: str) -> Outcome:
    pairs = greedy_pairs(
        (-(min(g.end, p.end) - max(g.start, p.start)), gi, pi)
        for gi, g in enumerate(case.gold)
        for pi, p in enumerate(preds)
        if g.overlaps(p) and matches(metric, g, p)
    )
    used = set(pairs.values())
    excused = {
        pi
        for pi, p in enumerate(preds)
        if pi not in used and any(u.overlaps(p) for u in case.unscored)
    }
    fps = [pi for pi, p in enumerate(preds) if pi not in used | excused and not p.optional]
    score = Score(tp=len(pairs), fp=len(fps), fn=len(case.gold) - len(pairs))
    return Outcome(score, pairs, fps, excused)


# --- Loading the specs -----------------------------------------------------------------------


def _resolve_data(path: Path) -> Path:
    for candidate in (path / "recognizers-text", path):
        if (candidate / "Number" / "English" / "NumberModel.json").is_file():
            return candidate
    raise SystemExit(
        f"no Recognizers-Text specs under {path}: expected recognizers-text/Number/English/"
        "NumberModel.json (see ../shared/benchmarks/README.md, or pass --data)"
    )


def load_cases(path: Path, kind: str) -> list[Case]:
    cases = []
    for index, raw in enumerate(json.loads(path.read_text(encoding="utf-8-sig"))):
        gold: list[Item] = []
        unscored: list[Item] = []
        for result in raw.get("Results", []):
            resolution = result.get("Resolution") or {}
            start, end = result["Start"], result["End"] + 1
            text = raw["Input"][start:end]
            units: frozenset[str] = frozenset()
            value: Val | None
            if kind == "range":
                value = parse_range(resolution.get("value"))
            else:
                value = parse_number(resolution.get("value"))
            if kind in UNIT_KINDS:
                units, scale = _gold_unit(kind, resolution)
                value = None if value is None else value * scale
                note = resolution.get("unit", "")
            else:
                note = str(resolution.get("value"))
            item = Item(start, end, text, value, units, note=note)
            (unscored if value is None else gold).append(item)
        flags = [raw[k] for k in ("NotSupported", "NotSupportedByDesign") if raw.get(k)]
        cases.append(Case(index, raw["Input"], gold, unscored, "; ".join(flags) or None))
    return cases


# --- The two systems -------------------------------------------------------------------------


def _number_kind(kind: str) -> str:
    """The file kind a number kind is scored in: NumberModel and NumberRangeModel ("other") take
    every kind but these two ("cardinal", "fraction")."""
    return kind if kind in ("ordinal", "percent") else "other"


def ours_items(kind: str, report: factcheck.Report) -> list[Item]:
    text = report.text
    if kind in UNIT_KINDS:
        items = []
        for q in report.quantities:
            unit = _ours_unit(q.unit) if q.unit else None
            if kind in unit_kinds(unit):
                assert unit is not None
                span = q.span
                value = to_fraction(q.amount.value)
                items.append(Item(span.start, span.end, span.slice(text), value, frozenset({unit})))
        return items
    items = []
    for n in report.numbers:
        if _number_kind(n.kind) != _number_kind(kind):
            continue
        a = n.amount
        value: Val = to_fraction(a.value)
        optional = False
        if kind == "range":
            low = None if a.low is None else to_fraction(a.low)
            high = None if a.high is None else to_fraction(a.high)
            value = Interval(low, high, a.low_inclusive, a.high_inclusive)
            optional = value.is_point
        items.append(Item(n.span.start, n.span.end, n.span.slice(text), value, optional=optional))
    return items


def quantulum_items(kind: str, text: str, quantities: list[Any]) -> list[Item]:
    items = []
    for q in quantities:
        start, end = q.span
        value = to_fraction(q.value)
        unit, scale = _quantulum_unit(q.unit)
        surface = text[start:end]
        if kind in UNIT_KINDS:
            if kind in unit_kinds(unit):
                assert unit is not None
                items.append(Item(start, end, surface, value * scale, frozenset({unit})))
        elif kind == "percent":
            if unit == "percent":
                items.append(Item(start, end, surface, value))
        elif kind == "number" and unit != "percent":
            items.append(Item(start, end, surface, value))
        elif kind == "range" and unit != "percent":
            spread = to_fraction(q.uncertainty) if q.uncertainty else Fraction(0)
            interval = Interval(value - spread, value + spread)
            items.append(Item(start, end, surface, interval, optional=interval.is_point))
    return items  # ordinals: quantulum3 has none


def _load_quantulum() -> Callable[[str], list[Any]] | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except Exception as exc:
        print(f"quantulum3 is not available ({type(exc).__name__}: {exc}); scoring factcheck only.")
        print("Install it with: python -m pip install quantulum3\n")
        return None

    def parse(text: str) -> list[Any]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return list(parser.parse(text))

    return parse


def run_all(inputs: Iterable[str], call: Callable[[str], Any]) -> tuple[dict[str, Any], float, int]:
    """Each distinct input once; returns the results, the seconds spent and the errors."""
    results: dict[str, Any] = {}
    errors = 0
    start = time.perf_counter()
    for text in inputs:
        if text in results:
            continue
        try:
            results[text] = call(text)
        except Exception:
            results[text] = None
            errors += 1
    return results, time.perf_counter() - start, errors


# --- Why a miss is a miss (factcheck only) ---------------------------------------------------


def _span_reason(gold: Item, pred: Item) -> str:
    if isinstance(gold.value, Fraction) and isinstance(pred.value, Fraction):
        if gold.value and close(-gold.value, pred.value):
            return "sign lost"
    if gold.start <= pred.start and pred.end <= gold.end:
        return "ours covers only part of the text"
    if pred.start < gold.start or pred.end > gold.end:
        return "ours reaches past the text"
    return "value differs"


def _fn_reason(
    kind: str, metric: str, gold: Item, preds: list[Item], report: Any
) -> tuple[str, str]:
    """Why a gold item was missed: a short reason to group by, and a detail for the line."""
    if preds:
        if metric == "value+unit" and any(
            p.value is not None and gold.value is not None and same_value(gold.value, p.value)
            for p in preds
        ):
            return "unit differs", ""
        if isinstance(gold.value, Interval):
            ranges = [
                p.value for p in preds if isinstance(p.value, Interval) and not p.value.is_point
            ]
            if not ranges:
                return "range read as single numbers", ""
            if any(same_bounds(gold.value, r) for r in ranges):
                return "range: inclusivity differs", ""
            return "range: bounds differ", ""
        return _span_reason(gold, preds[0]), ""

    def near(span: Any) -> bool:
        return bool(span.start < gold.end and gold.start < span.end)

    if kind in UNIT_KINDS:
        for q in report.quantities:
            if near(q.span) and q.unit:
                if kind in unit_kinds(_ours_unit(q.unit)):
                    return "taken by another gold item", f"{q.span.slice(report.text)!r}"
                return "unit of another kind", f"{q.span.slice(report.text)!r} {q.unit}"
        for q in report.quantities:
            if near(q.span):
                noun = f", noun {q.noun!r}" if q.noun else ""
                return "number found, no unit", f"{q.span.slice(report.text)!r}{noun}"
        for n in report.numbers:
            if near(n.span):
                return "number found, no unit", f"{n.span.slice(report.text)!r} ({n.kind})"
        return "not found", ""
    for n in report.numbers:
        if near(n.span):
            return f"ours reads it as {n.kind}", f"{n.span.slice(report.text)!r}"
    return "not found", ""


FRACTION_WORD = (
    r"\b(halfs?|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?"
    r"|tenths?|\w+(teenth|ieth|dredth|sandth|lionth|first|second)s?)\b"
)
#: Written forms that explain a miss, tried on the gold text in this order.
NUMBER_FORMS = [
    (r"\^", "power (1.1^23)"),
    (r"\d\s*[x×]\s*10|\d[.,]?\d*e[+-]?\d", "scientific notation (1e10, 1.3x10^6)"),
    (r"\b(over|out of|in)\b", "ratio (one over three, 1 in 21)"),
    (r"\bpoint\b", "spoken decimal (two point five)"),
    (FRACTION_WORD, "word fraction (two thirds, and a half)"),
    (r"\bdo?zs?\b|\bdozens?\b", "dozens"),
    (r"\b(lakh|crore)\b", "lakh / crore"),
    (r"^-?\s*[\d.,]+\s*(k|m|g|b|mm|mil|bln|tln)$", "scale suffix (10k, 1.2b, 10 bln)"),
    (r"^\d{1,3}([ \u202f]\d{3})+\b", "space-grouped digits (1 234 567)"),
    (r"\bn[ao]ught\b", "nought"),
    (r"[⅐-⅞½¼¾]", "vulgar fraction sign (½)"),
    (r"\d\s*/\s*\d", "digit fraction (3/4, 2 1/4)"),
    (r"^[-−]|\b(minus|negative)\b", "sign (minus one, -4/5)"),
    (r"^\.\d", "leading decimal point (.08)"),
    (r"\band\b", "parts joined by 'and' (3 hundred and 21)"),
]
UNIT_FORMS = [
    (r"\d+\s*(ft|feet)\s*(and\s*)?\d+\s*(in|inch)", "feet and inches (5 ft 2 in)"),
    (r"\d\s*-\s*[a-z]", "hyphenated unit (3-inch)"),
    (r"[(\[{<]", "unit in brackets (20 (kg))"),
    (r"[$£€¥]\s+\d|^[a-z]{1,3}\s*\$", "currency sign apart from the number ($ 75, c $ 16)"),
    (r"\bper\b|\ban hour\b|/[a-z]", "compound unit (miles an hour, km/ms)"),
    (r"\d[a-zμ″\"₿元₡₾₭]|[a-z]\$?\d", "unit glued to the number (75ml, usd115)"),
    *(form for form in NUMBER_FORMS if "ratio" not in form[1]),
]


def _form(kind: str, text: str) -> str:
    """The written form of a missed gold item, when it is one a developer can act on."""
    forms = UNIT_FORMS if kind in UNIT_KINDS else NUMBER_FORMS if kind in NUMBER_KINDS else []
    low = text.lower()
    return next((name for pattern, name in forms if re.search(pattern, low)), "")


def _fp_reason(case: Case, pred: Item, matched_gold: list[Item]) -> str:
    if any(g.overlaps(pred) for g in matched_gold):
        return "extra piece inside a found item"
    token = re.findall(r"\S*$", case.text[: pred.start])[0]
    token += re.findall(r"^\S*", case.text[pred.start :])[0]
    if "://" in token or "www." in token or "%2" in token:
        return "spurious: inside a URL"
    before = case.text[pred.start - 1 : pred.start] if pred.start else ""
    after = case.text[pred.end : pred.end + 1]
    if before.isalnum() or after.isalnum():
        return "spurious: runs into letters or digits"
    return "spurious (no gold item there)"


def _context(case: Case, start: int, end: int, width: int = 40) -> str:
    """The input, or a window of it around ``[start, end)`` when it is long."""
    if len(case.text) <= 2 * width + 20:
        return repr(case.text)
    lo, hi = max(0, start - width), min(len(case.text), end + width)
    return f"{'...' if lo else ''}{case.text[lo:hi]!r}{'...' if hi < len(case.text) else ''}"


def misses(
    kind: str, metric: str, case: Case, preds: list[Item], report: Any, outcome: Outcome
) -> list[tuple[str, str]]:
    """(reason, line) for each missed gold item and each lone false positive of one case."""
    out = []
    used = set(outcome.pairs.values())
    tag = f"  [NotSupported: {case.not_supported}]" if case.not_supported else ""
    for gi, gold in enumerate(case.gold):
        if gi in outcome.pairs:
            continue
        near = [p for pi, p in enumerate(preds) if pi not in used and p.overlaps(gold)]
        reason, detail = _fn_reason(kind, metric, gold, near, report)
        form = _form(kind, gold.text)
        if form and reason not in ("unit differs", "sign lost"):
            reason = f"{reason}: {form}"
        ours = ", ".join(p.show() for p in near) or detail or "-"
        where = f"#{case.index} {_context(case, gold.start, gold.end)}"
        out.append((reason, f"{where}\n      gold {gold.show()} | ours {ours}{tag}"))
    matched = [case.gold[gi] for gi in outcome.pairs]
    for pi in outcome.false_positives:
        pred = preds[pi]
        if any(g.overlaps(pred) for gi, g in enumerate(case.gold) if gi not in outcome.pairs):
            continue  # shown with the gold item it overlaps
        reason = _fp_reason(case, pred, matched)
        where = f"#{case.index} {_context(case, pred.start, pred.end)}"
        out.append((reason, f"{where}\n      ours {pred.show()}{tag}"))
    return out


# --- Main ------------------------------------------------------------------------------------


def metrics_of(kind: str) -> list[str]:
    return ["value", "value+unit"] if kind in UNIT_KINDS else ["value"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the benchmarks folder")
    parser.add_argument("--show-misses", metavar="FILE", help="e.g. NumberModel: list our misses")
    parser.add_argument("--metric", choices=["value", "value+unit"], help="for --show-misses")
    parser.add_argument("--no-baseline", action="store_true", help="skip quantulum3")
    args = parser.parse_args()

    root = _resolve_data(args.data)
    files = [(stem, kind, load_cases(root / rel, kind)) for stem, rel, kind in FILES]
    inputs = [case.text for _, _, cases in files for case in cases]

    factcheck.check("It cost $5 and weighed 3 km.", dateline=DATELINE)  # warm-up
    ours, ours_seconds, ours_errors = run_all(
        inputs, lambda text: factcheck.check(text, dateline=DATELINE)
    )
    if args.show_misses:
        show_misses(args.show_misses, args.metric, files, ours)
        return
    quantulum = None if args.no_baseline else _load_quantulum()
    theirs: dict[str, Any] = {}
    theirs_seconds, theirs_errors = 0.0, 0
    if quantulum:
        quantulum("It cost $5 and weighed 3 km.")  # warm-up
        theirs, theirs_seconds, theirs_errors = run_all(inputs, quantulum)

    systems = ["factcheck", *(["quantulum3"] if quantulum else [])]
    scores: dict[tuple[str, str, str], Score] = defaultdict(Score)
    split: dict[tuple[str, bool], Score] = defaultdict(Score)
    unscored: Counter[str] = Counter()
    for stem, kind, cases in files:
        for case in cases:
            unscored[stem] += len(case.unscored)
            report = ours[case.text]
            preds = {
                "factcheck": ours_items(kind, report) if report else [],
                "quantulum3": quantulum_items(kind, case.text, theirs.get(case.text) or []),
            }
            for metric in metrics_of(kind):
                for system in systems:
                    outcome = match_case(case, preds[system], metric)
                    scores[stem, metric, system].add(outcome.score)
                    if system == "factcheck" and metric == metrics_of(kind)[-1]:
                        split[stem, case.not_supported is not None].add(outcome.score)

    for metric in ("value", "value+unit"):
        print(f"### {metric}\n")
        header = "| file | cases | not-supported | factcheck P/R/F1 |"
        header += " quantulum3 P/R/F1 |" if quantulum else ""
        print(header)
        print("|---" * (header.count("|") - 1) + "|")
        for stem, kind, cases in files:
            if metric not in metrics_of(kind):
                continue
            ns = sum(case.not_supported is not None for case in cases)
            row = f"| {stem} | {len(cases)} | {ns} |"
            row += "".join(f" {scores[stem, metric, s].cell()} |" for s in systems)
            print(row)
        print()

    print("### factcheck F1 by NotSupported flag (value for Number*, value+unit for the others)\n")
    print("| file | F1 all cases | F1 cases without the flag | F1 flagged cases |")
    print("|---|---|---|---|")
    for stem, _, _ in files:
        both = Score()
        both.add(split[stem, False])
        both.add(split[stem, True])
        print(
            f"| {stem} | {both.f1_cell()} | {split[stem, False].f1_cell()} |"
            f" {split[stem, True].f1_cell()} |"
        )
    print()
    left_out = ", ".join(f"{stem} {n}" for stem, n in unscored.items() if n)
    print(f"gold items without a numeric value, left out of the scores: {left_out}")
    units = {u for _, _, cases in files for c in cases for g in c.gold for u in g.units}
    unmapped = sorted(u for u in units if u.startswith("unmapped:"))
    if unmapped:
        print(f"spec units with no mapping (never matched): {', '.join(unmapped)}")
    timing = f"time over {len(set(inputs))} distinct inputs: factcheck {ours_seconds:.2f} s"
    if quantulum:
        timing += f", quantulum3 {theirs_seconds:.2f} s"
    print(timing)
    if ours_errors or theirs_errors:
        print(f"inputs that raised: factcheck {ours_errors}, quantulum3 {theirs_errors}")
    print()
    print_targets(scores, bool(quantulum))


def print_targets(scores: dict[tuple[str, str, str], Score], baseline: bool) -> None:
    print(
        "targets: value F1 >= 0.95 on NumberModel and PercentModel; value+unit F1 >= 0.90 on "
        "each NumberWithUnit file; ahead of quantulum3 on every file"
    )

    def met(ok: bool) -> str:
        return "met" if ok else "not met"

    for stem in ("NumberModel", "PercentModel"):
        f1 = scores[stem, "value", "factcheck"].f1
        print(f"- value F1 >= 0.95 on {stem}: {f1:.3f}, {met(f1 >= 0.95)}")
    for stem, _, kind in FILES:
        if kind in UNIT_KINDS:
            f1 = scores[stem, "value+unit", "factcheck"].f1
            print(f"- value+unit F1 >= 0.90 on {stem}: {f1:.3f}, {met(f1 >= 0.90)}")
    if not baseline:
        print("- ahead of quantulum3 on every file: not checked (quantulum3 unavailable)")
        return
    behind = []
    for stem, _, kind in FILES:
        metric = "value+unit" if kind in UNIT_KINDS else "value"
        ours, theirs = scores[stem, metric, "factcheck"].f1, scores[stem, metric, "quantulum3"].f1
        if ours <= theirs:
            behind.append(f"{stem} {ours:.3f} vs {theirs:.3f}")
    detail = f" (not ahead on: {'; '.join(behind)})" if behind else ""
    print(f"- ahead of quantulum3 on every file: {met(not behind)}{detail}")


def show_misses(
    name: str, metric: str | None, files: list[tuple[str, str, list[Case]]], ours: dict[str, Any]
) -> None:
    wanted = Path(name).stem.lower()
    chosen = [f for f in files if f[0].lower() in (wanted, wanted + "model")]
    if not chosen:
        raise SystemExit(f"unknown file {name!r}; one of: {', '.join(f[0] for f in files)}")
    stem, kind, cases = chosen[0]
    metric = metric or metrics_of(kind)[-1]
    if metric not in metrics_of(kind):
        raise SystemExit(f"{stem} has no {metric} metric")
    grouped: dict[str, list[str]] = defaultdict(list)
    total = Score()
    for case in cases:
        report = ours[case.text]
        preds = ours_items(kind, report) if report else []
        outcome = match_case(case, preds, metric)
        total.add(outcome.score)
        for reason, line in misses(kind, metric, case, preds, report, outcome):
            grouped[reason].append(line)
    print(f"factcheck misses on {stem}, {metric}: TP {total.tp}, FP {total.fp}, FN {total.fn}")
    print(f"P/R/F1 {total.cell()}\n")
    order = sorted(grouped, key=lambda r: (-len(grouped[r]), r))
    print("| reason | misses |\n|---|---|")
    for reason in order:
        print(f"| {reason} | {len(grouped[reason])} |")
    for reason in order:
        print(f"\n## {reason} ({len(grouped[reason])})")
        for line in grouped[reason]:
            print(f"  {line}")


if __name__ == "__main__":
    main()
